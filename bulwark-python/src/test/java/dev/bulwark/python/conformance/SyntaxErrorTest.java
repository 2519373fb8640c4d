package dev.bulwark.python.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.python.SyntaxError;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs CPython 3.13 rejects (resources/errors), each with CPython's verdict stored beside it.
 * Kind and line must match exactly; so must the message, except where CPython's text comes from
 * its codec machinery rather than the grammar. How often message and column also match is
 * printed at the end, as a measure of how close the diagnostics are.
 */
class SyntaxErrorTest {

  /**
   * Inputs whose message is not asserted: the wording and byte positions come from CPython's
   * codecs, or (null bytes) differ between ast.parse and running a file.
   */
  private static final Set<String> MESSAGE_NOT_ASSERTED = Set.of(
      "non_utf8_without_cookie.py",
      "truncated_hex_escape.py",
      "unknown_unicode_name.py",
      "null_byte.py");

  private static final AtomicInteger cases = new AtomicInteger();
  private static final AtomicInteger rejected = new AtomicInteger();
  private static final AtomicInteger sameKindAndLine = new AtomicInteger();
  private static final AtomicInteger sameMessage = new AtomicInteger();
  private static final AtomicInteger sameColumn = new AtomicInteger();

  static Stream<Named<Path>> errors() {
    return Fixtures.inputs("errors");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void rejectedLikeCPython313(Path input) {
    ExpectedError expected = ExpectedError.parse(Fixtures.readSidecar(input, ".error"));
    String name = input.getFileName().toString();
    cases.incrementAndGet();
    ParseResult result = PythonParser.parse(Fixtures.read(input), name);
    assertThat(result.error()).as("%s must be rejected with %s", name, expected).isPresent();
    SyntaxError actual = result.error().get();
    tally(expected, actual);

    assertThat(actual.kind()).as("kind for %s", name).isEqualTo(expected.kind());
    if (expected.line() != null) {
      assertThat(actual.line()).as("line for %s (%s)", name, expected).isEqualTo(expected.line());
    }
    if (!MESSAGE_NOT_ASSERTED.contains(name)) {
      assertThat(actual.message()).as("message for %s", name).isEqualTo(expected.message());
    }
  }

  private static void tally(ExpectedError expected, SyntaxError actual) {
    rejected.incrementAndGet();
    if (actual.kind().equals(expected.kind()) && (expected.line() == null || expected.line() == actual.line())) {
      sameKindAndLine.incrementAndGet();
    }
    if (actual.message().equals(expected.message())) {
      sameMessage.incrementAndGet();
    }
    if (Objects.equals(expected.offset(), actual.column())) {
      sameColumn.incrementAndGet();
    }
  }

  @Test
  void nullBytesAreNamedInTheMessage() {
    Path input = Fixtures.folder("errors").resolve("null_byte.py");
    ParseResult result = PythonParser.parse(Fixtures.read(input), "null_byte.py");
    assertThat(result.error()).isPresent();
    assertThat(result.error().get().message()).contains("null bytes");
  }

  @Test
  void everyErrorCaseHasItsVerdict() {
    DumpExpectations.assertEveryInputHasSidecar("errors", ".error");
  }

  @AfterAll
  static void printAgreement() {
    if (cases.get() > 0) {
      System.out.printf("syntax errors: %d cases, %d rejected, kind and line identical in %d, message identical in %d,"
          + " column identical in %d%n", cases.get(), rejected.get(), sameKindAndLine.get(), sameMessage.get(), sameColumn.get());
    }
  }
}
