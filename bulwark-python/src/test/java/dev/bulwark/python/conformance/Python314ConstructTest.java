package dev.bulwark.python.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.python.SyntaxError;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Python 3.14 syntax: PEP 750 template strings and PEP 758 unparenthesized except types. No 3.14
 * interpreter is available, so the expectations (resources/constructs314, resources/errors314)
 * were written by hand from the 3.14 grammar and the ast documentation, in 3.13's dump format
 * (ctx=Load() kept). They avoid what 3.14 point releases disagree on: whitespace around an
 * interpolation's expression, which some strip from {@code Interpolation.str} and some keep.
 * Under a 3.14 interpreter, {@code make_expected.py --verify314} checks them.
 */
class Python314ConstructTest {

  static Stream<Named<Path>> constructs() {
    return Fixtures.inputs("constructs314");
  }

  static Stream<Named<Path>> errors() {
    return Fixtures.inputs("errors314");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constructs")
  void dumpIsAs314Defines(Path input) {
    DumpExpectations.assertDumpMatches(input);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void rejectedAs314Defines(Path input) {
    ExpectedError expected = ExpectedError.parse(Fixtures.readSidecar(input, ".error"));
    String name = input.getFileName().toString();
    ParseResult result = PythonParser.parse(Fixtures.read(input), name);
    assertThat(result.error()).as("%s must be rejected with %s", name, expected).isPresent();
    SyntaxError actual = result.error().get();
    assertThat(actual.kind()).as("kind for %s", name).isEqualTo(expected.kind());
    assertThat(actual.line()).as("line for %s", name).isEqualTo(expected.line());
    assertThat(actual.message()).as("message for %s", name).isEqualTo(expected.message());
  }

  @Test
  void everyInputHasItsExpectation() {
    DumpExpectations.assertEveryInputHasSidecar("constructs314", ".dump");
    DumpExpectations.assertEveryInputHasSidecar("errors314", ".error");
  }
}
