package dev.bulwark.python.conformance;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One small file per family of Python constructs (resources/constructs), each with the dump
 * CPython 3.13 produced for it once (tools/conformance/make_expected.py). Needs no Python here.
 */
class ConstructDumpTest {

  static Stream<Named<Path>> constructs() {
    return Fixtures.inputs("constructs");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constructs")
  void dumpIsCPython313s(Path input) {
    DumpExpectations.assertDumpMatches(input);
  }

  @Test
  void everyConstructHasItsDump() {
    DumpExpectations.assertEveryInputHasSidecar("constructs", ".dump");
  }
}
