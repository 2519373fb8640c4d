package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --write-baseline} and {@code --baseline} through {@code bulwark scan}. */
class ScanBaselineTest {

  private static final String APP = "import subprocess\n"
      + "\n"
      + "def run(cmd):\n"
      + "    subprocess.call(cmd, shell=True)\n"
      + "    return 0\n"
      + "\n"
      + "def check(x):\n"
      + "    assert x\n";

  @TempDir Path repo;
  private Path baseline;
  private Path app;

  @BeforeEach
  void project() throws IOException {
    Files.createDirectory(repo.resolve(".git"));
    baseline = repo.resolve("bulwark-baseline.json");
    app = write("src/app.py", APP);
  }

  @Test
  void writingABaselineRecordsTheFindingsInsteadOfPrintingThem() throws IOException {
    Cli.Result r = Cli.scan("--write-baseline", baseline, repo.resolve("src"));

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("1 file scanned, 2 findings, 0 with syntax errors\n"
        + "wrote 2 findings to the baseline " + baseline + "\n");
    String json = Files.readString(baseline);
    assertThat(json).contains("\"format\" : \"bulwark-baseline\"", "\"version\" : 1",
        "\"rule\" : \"BW602\"", "\"path\" : \"src/app.py\"", "\"line\" : 4");
  }

  @Test
  void aBaselinedFindingStaysHiddenAfterLinesAreInsertedAboveAndOtherCodeIsEdited() throws IOException {
    Cli.scan("--write-baseline", baseline, repo);
    write("src/app.py", "\"\"\"The app.\"\"\"\nimport os\n" + APP.replace("return 0", "return os.EX_OK"));

    Cli.Result r = Cli.scan("--baseline", baseline, repo);

    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("2 files scanned, 0 findings, 0 with syntax errors, 2 in the baseline\n");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void aNewFindingIsReported() throws IOException {
    Cli.scan("--write-baseline", baseline, repo);
    write("src/app.py", APP + "\ndef again(cmd):\n    subprocess.call(cmd, shell=True)\n");

    Cli.Result r = Cli.scan("--baseline", baseline, repo);

    assertThat(r.out()).isEqualTo(app + ":11:5: BW602 [high] subprocess call with shell=True: a command built"
        + " from variables can be injected into\n");
    assertThat(r.err()).isEqualTo("2 files scanned, 1 finding, 0 with syntax errors, 2 in the baseline\n");
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void editingTheFlaggedStatementMakesItNew() throws IOException {
    Cli.scan("--write-baseline", baseline, repo);
    write("src/app.py", APP.replace("subprocess.call(cmd, shell=True)", "subprocess.call(cmd + ' -v', shell=True)"));

    Cli.Result r = Cli.scan("--baseline", baseline, repo);

    assertThat(r.out()).startsWith(app + ":4:5: BW602 ");
    assertThat(r.err()).isEqualTo("2 files scanned, 1 finding, 0 with syntax errors, 1 in the baseline\n");
  }

  @Test
  void pathsAreRelativeToTheBaselineSoHowTheScanNamesThemDoesNotMatter() throws IOException {
    Cli.scan("--write-baseline", baseline, app);

    Cli.Result r = Cli.scan("--baseline", baseline, repo.resolve("src"));

    assertThat(r.out()).isEmpty();
    assertThat(r.err()).endsWith(", 2 in the baseline\n");
  }

  @Test
  void suppressedFindingsAreNotWrittenToTheBaseline() throws IOException {
    write("src/app.py", APP.replace("assert x", "assert x  # bulwark: ignore[BW101]"));

    Cli.Result r = Cli.scan("--write-baseline", baseline, repo);

    assertThat(r.err()).endsWith("wrote 1 finding to the baseline " + baseline + "\n");
    assertThat(Files.readString(baseline)).doesNotContain("BW101");
  }

  @Test
  void aMissingOrCorruptBaselineIsAUsageError() throws IOException {
    Cli.Result missing = Cli.scan("--baseline", baseline, repo);
    Files.writeString(baseline, "{\"format\": \"bulwark-baseline\", \"version\": 1, \"findings\": [\n");
    Cli.Result truncated = Cli.scan("--baseline", baseline, repo);
    Files.writeString(baseline, "[]");
    Cli.Result other = Cli.scan("--baseline", baseline, repo);

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err()).isEqualTo("bulwark scan: error: baseline " + baseline
        + " does not exist (write one with --write-baseline)\n");
    assertThat(truncated.exitCode()).isEqualTo(2);
    assertThat(truncated.err()).startsWith("bulwark scan: error: baseline " + baseline
        + " is not a Bulwark baseline: line 2: not valid JSON: ");
    assertThat(other.exitCode()).isEqualTo(2);
    assertThat(other.err()).isEqualTo("bulwark scan: error: baseline " + baseline
        + " is not a Bulwark baseline: expected a JSON object\n");
  }

  @Test
  void readingAndWritingABaselineAtOnceIsAUsageError() {
    Cli.Result r = Cli.scan("--baseline", baseline, "--write-baseline", baseline, repo);

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("bulwark scan: --baseline and --write-baseline cannot be used together\n");
  }

  @Test
  void aBaselineInADirectoryThatDoesNotExistIsAUsageError() {
    Path nowhere = repo.resolve("no/such/dir/baseline.json");

    Cli.Result r = Cli.scan("--write-baseline", nowhere, repo);

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("bulwark scan: error: cannot write baseline " + nowhere
        + ": no such directory " + nowhere.getParent() + "\n");
  }

  private Path write(String name, String text) throws IOException {
    Path file = repo.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
