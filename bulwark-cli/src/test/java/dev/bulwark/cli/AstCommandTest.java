package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AstCommandTest {

  /** What CPython 3.13 prints for {@code ast.dump(ast.parse("x = 1"), include_attributes=True)}. */
  private static final String X_EQUALS_1 =
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1,"
          + " end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1,"
          + " end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)])";

  @TempDir Path dir;

  @Test
  void singleFilePrintsOnlyTheDump() throws IOException {
    Path file = write("empty.py", "");

    Cli.Result r = Cli.run(Cli.FAKE, "ast", file.toString());

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("Module()\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void severalFilesGetAHeaderEachAndErrorsGoToStderr() throws IOException {
    Path a = write("a.py", "");
    Path b = write("b.py", "pass\nSYNTAX_ERROR\n");
    Path c = write("c.py", "");

    Cli.Result r = Cli.run(Cli.FAKE, "ast", a.toString(), b.toString(), c.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("# " + a + "\nModule()\n# " + c + "\nModule()\n");
    assertThat(r.err()).isEqualTo("  File \"" + b + "\", line 2\nSyntaxError: invalid syntax\n");
  }

  @Test
  void missingFileIsAUsageError() {
    Cli.Result r = Cli.run(Cli.FAKE, "ast", dir.resolve("nope.py").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("nope.py: no such file or directory");
  }

  @Test
  void parserCrashIsReportedWithoutStackTrace() throws IOException {
    Path file = write("a.py", "x\n");

    Cli.Result r = Cli.run((source, path) -> { throw new StackOverflowError(); }, "ast", file.toString());

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(file + ": internal error: stack overflow (the file is probably nested too deeply)\n");
  }

  @Test
  void realParserDumpMatchesCPython() throws IOException {
    Path file = write("x.py", "x = 1\n");

    Cli.Result r = Cli.run(ParserFunction.PYTHON, "ast", file.toString());

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(X_EQUALS_1 + "\n");
  }

  @Test
  void realParserSyntaxErrorInCPythonStyle() throws IOException {
    Path file = write("bad.py", "x = (\n");

    Cli.Result r = Cli.run(ParserFunction.PYTHON, "ast", file.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("  File \"" + file + "\", line 1\nSyntaxError: '(' was never closed\n");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
