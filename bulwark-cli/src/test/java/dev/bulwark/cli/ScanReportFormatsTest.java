package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --format} and {@code --output}: the report writers reached from the command line. */
class ScanReportFormatsTest {

  @TempDir Path dir;

  private Path project() throws IOException {
    Files.writeString(dir.resolve("app.py"), "import subprocess\n\ndef run(cmd):\n    subprocess.call(cmd, shell=True)\n");
    Files.writeString(dir.resolve("broken.py"), "def f(:\n");
    return dir;
  }

  @Test
  void theDefaultReportShowsTheCodeUnderEachFinding() throws IOException {
    Cli.Result r = Cli.scanAsGiven(project());

    assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).contains("BW602", "    subprocess.call(cmd, shell=True)", "^", "Summary:");
    assertThat(r.out()).doesNotContain("\u001b[");
  }

  @Test
  void jsonOnStandardOutputHoldsFindingsAndSyntaxErrors() throws IOException {
    Cli.Result r = Cli.scanAsGiven("--format", "json", project());

    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("schema_version").asText()).isEqualTo("1.0");
    assertThat(json.toString()).contains("BW602", "syntax-error", "broken.py");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
  }

  @Test
  void severalReportsFromOneRun() throws IOException {
    Path sarif = dir.resolve("out.sarif");
    Path html = dir.resolve("report.html");

    Cli.Result r = Cli.scanAsGiven("--format", "concise", "--output", "sarif:" + sarif, "--output", "html:" + html,
        project());

    assertThat(r.out()).contains("app.py:4:5: BW602 [");
    JsonNode run = new ObjectMapper().readTree(sarif.toFile()).get("runs").get(0);
    assertThat(run.get("results").get(0).get("ruleId").asText()).isEqualTo("BW602");
    assertThat(run.get("results").get(0).get("partialFingerprints").size()).isEqualTo(1);
    assertThat(Files.readString(html)).contains("<html", "BW602");
  }

  @Test
  void anUnknownFormatIsAUsageError() throws IOException {
    Cli.Result r = Cli.scanAsGiven("--format", "xml", project());

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("unknown report format 'xml'").doesNotContain("Exception");
  }

  @Test
  void anOutputIntoAMissingDirectoryIsAUsageErrorBeforeAnyScan() throws IOException {
    Cli.Result r = Cli.scanAsGiven("--output", "sarif:" + dir.resolve("no/such/dir/out.sarif"), project());

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("no such directory").doesNotContain("files scanned");
  }

  @Test
  void colourOnlyWhenAsked() throws IOException {
    assertThat(Cli.scanAsGiven("--color", "always", project()).out()).contains("\u001b[");
    assertThat(Cli.scanAsGiven("--color", "sometimes", project()).exitCode()).isEqualTo(ExitCode.USAGE);
  }
}
