package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchParseCommandTest {

  @TempDir Path dir;

  @Test
  void reportsCorpusAndBothModes() throws IOException {
    Files.writeString(dir.resolve("a.py"), "x = 1\ny = 2\n");
    Files.writeString(dir.resolve("b.py"), "SYNTAX_ERROR");
    Files.writeString(dir.resolve("c.pyi"), "ignored: int\n");

    Cli.Result r = Cli.run(Cli.FAKE, "bench", "parse", dir.toString(), "--iterations", "2", "--warmup", "1");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("corpus: 2 files, 0.00 MB, 3 lines")
        .containsPattern("bulwark single-thread: [0-9.]+ MB/s, [0-9]+ lines/s \\(mean of 2 passes: [0-9.]+ s; 1 files with syntax errors\\)")
        .containsPattern("bulwark [0-9]+-threads: [0-9.]+ MB/s");
  }

  @Test
  void parserFailureMakesTheResultInvalid() throws IOException {
    Files.writeString(dir.resolve("a.py"), "x = 1\n");

    Cli.Result r = Cli.run((s, p) -> { throw new IllegalStateException("boom"); },
        "bench", "parse", dir.toString(), "--iterations", "1", "--warmup", "0");

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("the parser failed on 1 files").contains("boom").doesNotContain("\tat ");
  }

  @Test
  void missingDirectoryIsAUsageError() {
    Cli.Result r = Cli.run(Cli.FAKE, "bench", "parse", dir.resolve("nope").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no such file or directory");
  }

  @Test
  void zeroIterationsIsAUsageError() {
    Cli.Result r = Cli.run(Cli.FAKE, "bench", "parse", dir.toString(), "--iterations", "0");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--iterations must be at least 1");
  }

  @Test
  void linesAreCountedLikeTheCPythonScript() {
    assertThat(Corpus.countLines(bytes(""))).isZero();
    assertThat(Corpus.countLines(bytes("a\n"))).isEqualTo(1);
    assertThat(Corpus.countLines(bytes("a\nb"))).isEqualTo(2);
    assertThat(Corpus.countLines(bytes("\n\n"))).isEqualTo(2);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
