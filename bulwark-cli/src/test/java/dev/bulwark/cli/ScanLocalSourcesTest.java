package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data of the local user (command line, environment, console) is followed into sinks only on request:
 * {@code --taint-local-sources} or {@code taint-local-sources = true} in the configuration.
 */
class ScanLocalSourcesTest {

  private static final String TOOL = """
      import os
      import sys


      def main():
          with open(sys.argv[1]) as f:
              print(f.read())
          os.system("ls " + os.environ["TARGET"])
      """;

  @TempDir Path repo;

  @BeforeEach
  void repositoryRoot() throws IOException {
    Files.createDirectory(repo.resolve(".git"));
    Files.writeString(repo.resolve("tool.py"), TOOL);
  }

  @Test
  void aToolOpeningTheFileItsUserNamesIsNotReportedByDefault() {
    Cli.Result r = Cli.scan("--no-config", "--select", "BW801,BW804", repo);
    assertThat(r.out()).doesNotContain("BW804").doesNotContain("BW801");
  }

  @Test
  void theOptionFollowsLocalDataAtLowSeverity() {
    Cli.Result r = Cli.scan("--no-config", "--taint-local-sources", "--select", "BW801,BW804", repo);
    assertThat(r.out()).contains("tool.py:6:10: BW804 [low] sys.argv flows to open")
        .contains("BW801 [low] os.environ flows to os.system");
  }

  @Test
  void theConfigurationKeyDoesTheSame() throws IOException {
    Files.writeString(repo.resolve("bulwark.toml"), "select = [\"BW804\"]\ntaint-local-sources = true\n");
    Cli.Result r = Cli.scan(repo);
    assertThat(r.out()).contains("BW804 [low] sys.argv flows to open");
  }
}
