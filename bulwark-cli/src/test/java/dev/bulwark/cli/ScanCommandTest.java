package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {

  @TempDir Path dir;

  @Test
  void missingPathArgumentIsAUsageError() {
    Cli.Result r = Cli.run(Cli.FAKE, "scan");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required parameter: 'PATH'");
  }

  @Test
  void helpNamesExactlyTheSkippedDirectories() {
    Cli.Result r = Cli.run(Cli.FAKE, "scan", "--help");

    String listed = r.out().lines()
        .dropWhile(line -> !line.contains("skipping directories named"))
        .skip(1).findFirst().orElse("");
    assertThat(listed.trim().split(" ")).containsExactlyInAnyOrderElementsOf(SourceFiles.SKIPPED_DIRECTORIES);
  }

  @Test
  void helpDescribesConfigurationSuppressionsBaselineAndExitCodes() {
    Cli.Result r = Cli.run(Cli.FAKE, "scan", "--help");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("--select=CODES", "--ignore=CODES", "--severity=LEVEL", "--confidence=LEVEL",
        "--config=FILE", "--no-config", "--no-suppressions", "--baseline=FILE", "--write-baseline=FILE",
        "--fail-on=LEVEL", "--exit-zero", "[tool.bulwark]", "bulwark.toml", "# bulwark: ignore[BW602, ...]",
        "# bulwark: ignore-file[BW101]", "# nosec B602", "# noqa: S602", "2   usage or configuration error");
  }

  @Test
  void pathThatDoesNotExistIsReportedAndTheScanGoesOn() throws IOException {
    Path ok = write("ok.py", "x = 1\n");
    Path missing = dir.resolve("missing.py");

    Cli.Result r = Cli.run(Cli.FAKE, "scan", "--format", "concise", missing.toString(), ok.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEqualTo(missing + ": error: no such file or directory\n");
    assertThat(r.err()).isEqualTo("1 file scanned, 0 findings, 0 with syntax errors, 1 not found\n");
  }

  @Test
  void syntaxErrorsAreReportedInPathOrder() throws IOException {
    write("b.py", "x = 1\nSYNTAX_ERROR\n");
    write("a.py", "SYNTAX_ERROR\n");
    write("c.py", "fine = True\n");

    Cli.Result r = Cli.run(Cli.FAKE, "scan", "--format", "concise", dir.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(
        dir.resolve("a.py") + ":1:1: SyntaxError: invalid syntax\n"
            + dir.resolve("b.py") + ":2:1: SyntaxError: invalid syntax\n");
    assertThat(r.err()).isEqualTo("3 files scanned, 0 findings, 2 with syntax errors\n");
  }

  @Test
  void cleanTreeExitsZero() throws IOException {
    write("pkg/a.py", "x = 1\n");
    write("pkg/b.pyi", "def f() -> int: ...\n");

    Cli.Result r = Cli.run(Cli.FAKE, "scan", "--format", "concise", dir.toString());

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("2 files scanned, 0 findings, 0 with syntax errors\n");
  }

  @Test
  void parserCrashIsOneDiagnosticForThatFileAndExitThree() throws IOException {
    write("deep.py", "deep\n");
    write("buggy.py", "buggy\n");
    write("fine.py", "SYNTAX_ERROR\n");
    ParserFunction crashing = (source, path) -> {
      if (path.endsWith("deep.py")) {
        throw new StackOverflowError();
      }
      if (path.endsWith("buggy.py")) {
        throw new IllegalStateException("unexpected token state");
      }
      return Cli.FAKE.parse(source, path);
    };

    Cli.Result r = Cli.run(crashing, "scan", "--format", "concise", dir.toString());

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.out()).isEqualTo(
        dir.resolve("buggy.py") + ": internal error: java.lang.IllegalStateException: unexpected token state\n"
            + dir.resolve("deep.py") + ": internal error: stack overflow (the file is probably nested too deeply)\n"
            + dir.resolve("fine.py") + ":1:1: SyntaxError: invalid syntax\n");
    assertThat(r.err())
        .isEqualTo("3 files scanned, 0 findings, 1 with syntax errors, 2 failed with an internal error\n");
  }

  @Test
  void unreadableFileIsReportedAndTheScanGoesOn() throws IOException {
    Path secret = write("secret.py", "x = 1\n");
    write("open.py", "SYNTAX_ERROR\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    // root reads any file, so there is nothing to observe when the tests run as root
    assumeFalse(Files.isReadable(secret), "running as a user who can read any file");

    Cli.Result r = Cli.run(Cli.FAKE, "scan", "--format", "concise", dir.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(
        dir.resolve("open.py") + ":1:1: SyntaxError: invalid syntax\n"
            + secret + ": error: cannot read: permission denied\n");
    assertThat(r.err()).isEqualTo("2 files scanned, 0 findings, 1 with syntax errors, 1 could not be read\n");
  }

  @Test
  void severalFilesWithTheRealParser() throws IOException {
    write("a.py", "import os\nprint(os.getcwd())\n");
    Path bad = write("b.py", "x = 1\nfoo(a, (b\n");
    write("c.py", "x = [i for i in range(3)]\n");

    Cli.Result r = Cli.run(ParserFunction.PYTHON, "scan", "--format", "concise", dir.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    // CPython 3.13 reports exactly this for b.py
    assertThat(r.out()).isEqualTo(bad + ":2:8: SyntaxError: '(' was never closed\n");
    assertThat(r.err()).isEqualTo("3 files scanned, 0 findings, 1 with syntax errors\n");
  }

  @Test
  void cleanFilesWithTheRealParser() throws IOException {
    write("a.py", "async def main():\n    async with lock:\n        return await f(*args, **kw)\n");
    Files.write(dir.resolve("b.py"), "# -*- coding: latin-1 -*-\ns = 'caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));

    Cli.Result r = Cli.run(ParserFunction.PYTHON, "scan", "--format", "concise", dir.toString());

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("2 files scanned, 0 findings, 0 with syntax errors\n");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
