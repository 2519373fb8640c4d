package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark secrets}, and secret findings in {@code bulwark scan}, end to end. */
class SecretsCommandTest {
  /** A Slack bot token in its real format (the value is made up). */
  static final String SLACK = "xoxb-5829301746352-7731940285163-Zr8Kq2Lm9Xw4Vb7Np3Ty6Hs1";
  /** Distinctive parts of every secret in the project below: none may appear in any report. */
  static final List<String> SECRET_PARTS = List.of("Zr8Kq2Lm9Xw4Vb7Np3Ty6Hs1", "Pq7Wd3Rk9Lm", "ub4dor-and-3",
      "8c2Xq9LmR4tZ7wVb1KpN5sYe", "m41l-s3rv3r", "zx9Kd7Vq2Lp4Wm8Rt6Ys", "Hq4Lw8Zr2Vm6");

  @TempDir Path repo;

  @BeforeEach
  void project() throws IOException {
    Files.createDirectories(repo.resolve(".git"));
    write("app.py", "import os\n"
        + "DB_PASSWORD = \"Pq7Wd3Rk9Lm-prod\"\n"
        + "SLACK = \"" + SLACK + "\"\n"
        + "token = os.environ[\"TOKEN\"]\n"
        + "API_TOKEN = \"zx9Kd7Vq2Lp4Wm8Rt6Ys\"  # nosec\n"
        + "def connect(password=\"Hq4Lw8Zr2Vm6\"):\n"
        + "    return password\n");
    write("config.env", "# deployment\nDB_PASSWORD=Tr0ub4dor-and-3\n"
        + "SMTP_PASSWORD=m41l-s3rv3r-pw  # bulwark: ignore[BW1090] -- rotated, kept for the demo\n"
        + "DB_PASSWORD=changeme\n");
    write("deploy/settings.yaml", "auth:\n  client_secret: 8c2Xq9LmR4tZ7wVb1KpN5sYe\n  user: app\n");
    write("logo.png", "\u0000\u0001binary " + SLACK);
    write("README.md", "token " + SLACK + "\n");
  }

  private void write(String name, String text) throws IOException {
    Path p = repo.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private Cli.Result secrets(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "secrets";
    System.arraycopy(args, 0, all, 1, args.length);
    return Cli.run(ParserFunction.PYTHON, all);
  }

  @Test
  void findsSecretsInPythonAndConfigurationFiles() {
    Cli.Result r = secrets("--format", "concise", repo.toString());
    String root = repo.toString();
    assertThat(r.out().lines().map(l -> l.substring(root.length() + 1).replaceAll(" \\[.*", "")))
        .containsExactly(
            "app.py:2:15: BW105",
            "app.py:3:10: BW1008",
            "app.py:6:22: BW107",
            "config.env:2:13: BW1090",
            "deploy/settings.yaml:2:18: BW1091");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.err()).contains("3 files scanned, 5 findings").contains("2 suppressed");
  }

  @Test
  void aTokenFormatOnTheLineOfAPasswordRuleFindingIsTheOnlyFinding() throws IOException {
    write("app.py", "GITHUB_TOKEN = \"" + SLACK + "\"\n");
    Cli.Result r = secrets("--format", "concise", repo.resolve("app.py").toString());
    assertThat(r.out()).contains("BW1008").doesNotContain("BW105");
  }

  @Test
  void scanReportsSecretsWithTheCodeFindings() throws IOException {
    write("run.py", "import subprocess\nsubprocess.call(cmd, shell=True)\n");
    Cli.Result r = Cli.scan(repo);
    assertThat(r.out()).contains("BW602").contains("BW1008").contains("BW1090").contains("BW1091");
    Cli.Result withoutSecrets = Cli.scan("--ignore", "BW1008,BW1090,BW1091", repo);
    assertThat(withoutSecrets.out()).contains("BW602").doesNotContain("BW1008").doesNotContain("BW1090")
        .doesNotContain("BW1091");
  }

  @Test
  void secretsCommandRunsNoOtherCodeRule() throws IOException {
    write("run.py", "import subprocess\nsubprocess.call(cmd, shell=True)\n");
    assertThat(secrets("--format", "concise", repo.toString()).out()).doesNotContain("BW602");
  }

  @Test
  void noReportFormatShowsASecret() throws IOException {
    for (String format : List.of("text", "concise", "json", "sarif", "html", "junit", "csv")) {
      Cli.Result r = secrets("--format", format, "--no-suppressions", repo.toString());
      assertThat(r.out()).as(format).isNotBlank();
      for (String part : SECRET_PARTS) {
        assertThat(r.out()).as(format + " output").doesNotContain(part);
        assertThat(r.err()).as(format + " errors").doesNotContain(part);
      }
    }
    for (String format : List.of("text", "sarif", "html")) {
      Cli.Result r = Cli.scanAsGiven("--format", format, "--no-suppressions", repo.toString());
      for (String part : SECRET_PARTS) {
        assertThat(r.out()).as("scan " + format + " output").doesNotContain(part);
      }
    }
    Path baseline = repo.resolve("baseline.json");
    secrets("--write-baseline", baseline.toString(), repo.toString());
    String written = Files.readString(baseline);
    assertThat(written).contains("BW1008");
    for (String part : SECRET_PARTS) {
      assertThat(written).as("baseline").doesNotContain(part);
    }
  }

  @Test
  void suppressedSecretsAreMaskedInTheContextOfOtherFindings() throws IOException {
    Cli.Result r = secrets("--format", "html", repo.toString());
    assertThat(r.out()).contains("SMTP_PASSWORD").doesNotContain("m41l-s3rv3r");
  }

  @Test
  void allowListedFingerprintsAreNotReported() throws IOException {
    String fingerprint = dev.bulwark.secrets.SecretScanner.fingerprint(SLACK);
    write("bulwark.toml", "allow-secrets = [\"" + fingerprint + "\"]\n");
    Cli.Result r = secrets("--format", "concise", repo.toString());
    assertThat(r.out()).doesNotContain("BW1008").contains("BW1090");
  }

  @Test
  void aBaselineHidesKnownSecrets() {
    Path baseline = repo.resolve("baseline.json");
    assertThat(secrets("--write-baseline", baseline.toString(), repo.toString()).exitCode()).isZero();
    Cli.Result r = secrets("--baseline", baseline.toString(), repo.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).contains("5 in the baseline");
  }

  @Test
  void aSecretIsSelectedAndIgnoredLikeAnyRule() {
    assertThat(secrets("--format", "concise", "--select", "slack-bot-token", repo.toString()).out())
        .contains("BW1008").doesNotContain("BW1090").doesNotContain("BW105");
    assertThat(secrets("--format", "concise", "--ignore", "CWE-798", repo.toString()).out()).isEmpty();
  }

  @Test
  void aNamedFileOfAnyKindIsReadAndAMissingPathIsAUsageError() {
    Cli.Result r = secrets("--format", "concise", repo.resolve("README.md").toString());
    assertThat(r.out()).contains("BW1008");
    assertThat(secrets(repo.resolve("nope.env").toString()).exitCode()).isEqualTo(ExitCode.USAGE);
  }
}
