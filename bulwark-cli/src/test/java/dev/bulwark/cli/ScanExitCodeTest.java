package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How findings, {@code --fail-on} and {@code --exit-zero} decide the exit status of {@code bulwark scan}. */
class ScanExitCodeTest {

  @TempDir Path repo;
  private Path low;
  private Path high;

  @BeforeEach
  void project() throws IOException {
    Files.createDirectory(repo.resolve(".git"));
    low = write("low.py", "assert x\n");                                        // BW101, low
    high = write("high.py", "import subprocess\nsubprocess.call(c, shell=True)\n"); // BW602, high
  }

  @Test
  void anyFindingFailsByDefault() {
    assertThat(Cli.scan(low).exitCode()).isEqualTo(1);
  }

  @Test
  void findingsBelowFailOnAreReportedButDoNotFail() {
    Cli.Result r = Cli.scan("--fail-on", "medium", low);

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith(low + ":1:1: BW101 [low] ");
    assertThat(r.err()).isEqualTo("1 file scanned, 1 finding, 0 with syntax errors\n");
    assertThat(Cli.scan("--fail-on", "high", low, high).exitCode()).isEqualTo(1);
    assertThat(Cli.scan("--fail-on", "critical", low, high).exitCode()).isZero();
  }

  @Test
  void failOnFromTheConfiguration() throws IOException {
    write("pyproject.toml", "[tool.bulwark]\nfail-on = \"high\"\n");

    assertThat(Cli.scan(low).exitCode()).isZero();
    assertThat(Cli.scan(high).exitCode()).isEqualTo(1);
    assertThat(Cli.scan("--fail-on", "low", low).exitCode()).isEqualTo(1);
  }

  @Test
  void exitZeroForFindingsAndFileProblemsButNotForUsageErrors() throws IOException {
    Path broken = write("broken.py", "def (:\n");

    assertThat(Cli.scan("--exit-zero", low, high).exitCode()).isZero();
    assertThat(Cli.scan("--exit-zero", broken).exitCode()).isZero();
    assertThat(Cli.scan("--exit-zero", repo.resolve("missing.py")).exitCode()).isEqualTo(2);
    assertThat(Cli.scan("--exit-zero", "--select", "BW000", low).exitCode()).isEqualTo(2);
  }

  @Test
  void syntaxErrorsFailWhateverFailOnSays() throws IOException {
    Path broken = write("broken.py", "def (:\n");

    assertThat(Cli.scan("--fail-on", "critical", broken).exitCode()).isEqualTo(1);
  }

  @Test
  void anUnknownFailOnLevelIsAUsageError() {
    Cli.Result r = Cli.scan("--fail-on", "never", low);

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(
        "bulwark scan: error: unknown level 'never' for --fail-on (use one of low, medium, high, critical)\n");
  }

  @Test
  void warningsAloneDoNotFail() throws IOException {
    Path f = write("w.py", "x = 1  # bulwark: ignore\n");

    assertThat(Cli.scan(f).exitCode()).isZero();
  }

  private Path write(String name, String text) throws IOException {
    Path file = repo.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
