package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void helpListsCommandsAndExitCodes() {
    Cli.Result r = Cli.run(Cli.FAKE, "--help");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("scan", "ast", "bench", "Exit codes:", "internal error");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void versionComesFromTheBuild() {
    Cli.Result r = Cli.run(Cli.FAKE, "--version");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("bulwark ");
  }

  @Test
  void noCommandIsAUsageError() {
    Cli.Result r = Cli.run(Cli.FAKE);

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Missing command").contains("Try 'bulwark --help'");
  }

  @Test
  void unknownOptionIsAUsageErrorWithAHint() {
    Cli.Result r = Cli.run(Cli.FAKE, "scan", "--frobnicate", "x.py");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("Unknown option: '--frobnicate'")
        .contains("Try 'bulwark scan --help' for more information.")
        .doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void misspelledCommandGetsASuggestion() {
    Cli.Result r = Cli.run(Cli.FAKE, "scna", "x.py");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Did you mean: bulwark scan?");
  }

  @Test
  void helpCommandShowsSubcommandUsage() {
    Cli.Result r = Cli.run(Cli.FAKE, "help", "scan");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Usage: bulwark scan", "Exit codes:");
  }
}
