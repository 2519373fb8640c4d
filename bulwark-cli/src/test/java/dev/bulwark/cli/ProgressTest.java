package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final StringWriter out = new StringWriter();
  private final AtomicLong now = new AtomicLong();

  @Test
  void aShortScanDrawsNothing() {
    try (Progress p = new Progress(new PrintWriter(out), 3, true, now::get)) {
      p.step();
      now.addAndGet(500_000_000L);
      p.step();
      p.step();
    }
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aLongScanCountsThenErasesItsLine() {
    try (Progress p = new Progress(new PrintWriter(out), 4, true, now::get)) {
      p.step();
      now.addAndGet(1_500_000_000L);
      p.step();
      p.step(); // within 100 ms of the last drawing: skipped
      now.addAndGet(200_000_000L);
      p.step();
    }
    String blank = " ".repeat("scanning: 4/4 files (100%)".length());
    assertThat(out.toString()).isEqualTo("\rscanning: 2/4 files (50%)\rscanning: 4/4 files (100%)\r" + blank + "\r");
  }

  @Test
  void nothingWhenStandardErrorIsNoTerminal() {
    try (Progress p = new Progress(new PrintWriter(out), 2, false, now::get)) {
      now.addAndGet(5_000_000_000L);
      p.step();
      p.step();
    }
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void theLauncherSaysWhatTheStreamsAre() {
    assertThat(Terminal.from(Map.of("BULWARK_STDOUT_TTY", "0", "BULWARK_STDERR_TTY", "1"), true))
        .isEqualTo(new Terminal(false, true));
    assertThat(Terminal.from(Map.of(), true)).isEqualTo(new Terminal(true, true));
    assertThat(Terminal.from(Map.of(), false)).isEqualTo(new Terminal(false, false));
  }
}
