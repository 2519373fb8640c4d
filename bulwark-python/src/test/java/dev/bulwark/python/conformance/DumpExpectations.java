package dev.bulwark.python.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.python.ast.AstDump;
import java.nio.file.Path;

/** The check shared by the construct tests: the file parses, and its dump is the stored one. */
final class DumpExpectations {

  private DumpExpectations() {}

  static void assertDumpMatches(Path input) {
    String expected = Fixtures.readSidecar(input, ".dump");
    ParseResult result = PythonParser.parse(Fixtures.read(input), input.getFileName().toString());
    assertThat(result.error()).as("%s must parse", input.getFileName()).isEmpty();
    String actual = AstDump.dump(result.module());
    if (!actual.equals(expected)) {
      fail(input.getFileName() + ": " + DumpDiff.describe(expected, actual));
    }
  }

  /** Every input has its expectation, so a new construct cannot silently go untested. */
  static void assertEveryInputHasSidecar(String folder, String ext) {
    for (Path input : Fixtures.inputFiles(folder)) {
      assertThat(Fixtures.sidecar(input, ext)).as("expectation for %s", input.getFileName()).isRegularFile();
    }
  }
}
