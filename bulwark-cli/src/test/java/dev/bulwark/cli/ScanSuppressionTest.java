package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppression comments through {@code bulwark scan}, with the real parser and rules. */
class ScanSuppressionTest {

  @TempDir Path dir;

  @BeforeEach
  void repositoryRoot() throws IOException {
    Files.createDirectory(dir.resolve(".git")); // no configuration above the temporary directory applies
  }

  @Test
  void ownDirectiveOnTheSameLine() throws IOException {
    Path f = write("a.py", "import subprocess\n"
        + "subprocess.call(cmd, shell=True)  # bulwark: ignore[BW602] -- reason: vetted input\n"
        + "subprocess.call(cmd, shell=True)\n");

    Cli.Result r = Cli.scan(f);

    assertThat(r.out()).isEqualTo(f + ":3:1: BW602 [high] " + shellMessage() + "\n");
    assertThat(r.err()).isEqualTo("1 file scanned, 1 finding, 0 with syntax errors, 1 suppressed\n");
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void ownDirectiveOnTheLineBefore() throws IOException {
    Path f = write("a.py", "import subprocess\n"
        + "# bulwark: ignore[subprocess-shell-true]\n"
        + "subprocess.call(cmd, shell=True)\n");

    Cli.Result r = Cli.scan(f);

    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("1 file scanned, 0 findings, 0 with syntax errors, 1 suppressed\n");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void directiveOnTheFirstLineOrTheLineBeforeCoversAMultiLineStatement() throws IOException {
    // BW105 is reported on the 'password' line, inside the statement
    String statement = "config = {\n    \"user\": \"admin\",\n    \"password\": \"hunter2\",\n}\n";
    Path before = write("before.py", "# bulwark: ignore[BW105]\n" + statement);
    Path first = write("first.py", statement.replaceFirst("\\{", "{  # bulwark: ignore[BW105]"));
    Path none = write("none.py", statement);

    Cli.Result r = Cli.scan(before, first, none);

    assertThat(r.out()).isEqualTo(none + ":3:17: BW105 [medium] hardcoded secret assigned to 'password'\n");
    assertThat(r.err()).isEqualTo("3 files scanned, 1 finding, 0 with syntax errors, 2 suppressed\n");
  }

  @Test
  void nosecWithAndWithoutCodes() throws IOException {
    Path f = write("a.py", "import subprocess\n"
        + "subprocess.call(['ls'], shell=True)  # nosec\n"
        + "subprocess.call(['ls'], shell=True)  # nosec B602\n"
        + "subprocess.call(['ls'], shell=True)  # nosec B602, B607\n");

    Cli.Result r = Cli.scan(f);

    // the second line names only B602; its BW607 (B607) finding stays
    assertThat(r.out()).isEqualTo(f + ":3:1: BW607 [low] program 'ls' is named without a path: it is looked up in PATH\n");
    assertThat(r.err()).isEqualTo("1 file scanned, 1 finding, 0 with syntax errors, 5 suppressed\n");
  }

  @Test
  void noqaCodesMapThroughTheRuffAliases() throws IOException {
    Path f = write("a.py", "import subprocess\n"
        + "subprocess.call(cmd, shell=True)  # noqa: S602\n"
        + "subprocess.call(cmd, shell=True)  # noqa: E501\n"
        + "subprocess.call(cmd, shell=True)  # noqa\n");

    Cli.Result r = Cli.scan(f);

    assertThat(r.out()).isEqualTo(f + ":3:1: BW602 [high] " + shellMessage() + "\n");
    assertThat(r.err()).isEqualTo("1 file scanned, 1 finding, 0 with syntax errors, 2 suppressed\n");
  }

  @Test
  void fileLevelDirective() throws IOException {
    Path some = write("some.py", "# bulwark: ignore-file[BW101] -- test helpers\nassert a\nassert b\nexec(code)\n");
    Path all = write("all.py", "#!/usr/bin/env python\n# bulwark: ignore-file\nassert a\nexec(code)\n");

    Cli.Result r = Cli.scan(some, all);

    assertThat(r.out()).startsWith(some + ":4:1: BW102 [medium] ").hasLineCount(1);
    assertThat(r.err()).isEqualTo("2 files scanned, 1 finding, 0 with syntax errors, 4 suppressed\n");
  }

  @Test
  void unusedAndMalformedDirectivesAreWarningsThatDoNotFailTheScan() throws IOException {
    Path f = write("a.py", "x = 1  # bulwark: ignore[BW602]\n"
        + "y = 2  # bulwark: ignore[BW6O2]\n"
        + "z = 3  # nosec\n");

    Cli.Result r = Cli.scan(f);

    assertThat(r.out()).isEqualTo(
        f + ":1:8: warning: unused suppression '# bulwark: ignore[BW602]': no BW602 finding on this line\n"
            + f + ":2:8: warning: suppression '# bulwark: ignore[BW6O2]' names an unknown rule: BW6O2\n");
    assertThat(r.err()).isEqualTo("1 file scanned, 0 findings, 0 with syntax errors, 2 warnings\n");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void aDirectiveForARuleThatIsNotRunIsNotUnused() throws IOException {
    Path f = write("a.py", "import pickle  # bulwark: ignore[BW403]\nx = 1  # bulwark: ignore[BW101]\n");

    Cli.Result r = Cli.scan("--ignore", "BW101", f);

    assertThat(r.out()).isEmpty(); // BW403 is in preview, BW101 is ignored: neither ran
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void noSuppressionsReportsEverythingAndWarnsAboutNothing() throws IOException {
    Path f = write("a.py", "import subprocess\n"
        + "subprocess.call(cmd, shell=True)  # bulwark: ignore[BW602]\n"
        + "subprocess.call(cmd, shell=True)  # nosec\n"
        + "x = 1  # bulwark: ignore\n");

    Cli.Result r = Cli.scan("--no-suppressions", f);

    assertThat(r.out()).isEqualTo(f + ":2:1: BW602 [high] " + shellMessage() + "\n"
        + f + ":3:1: BW602 [high] " + shellMessage() + "\n");
    assertThat(r.err()).isEqualTo("1 file scanned, 2 findings, 0 with syntax errors\n");
    assertThat(r.exitCode()).isEqualTo(1);
  }

  private static String shellMessage() {
    return "subprocess call with shell=True: a command built from variables can be injected into";
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
