package dev.bulwark.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line progress count on standard error for scans long enough to wonder about: drawn only on
 * a terminal, only after the first second, at most ten times a second, and erased at the end so
 * that nothing of it stays in the output.
 */
final class Progress implements AutoCloseable {

  private static final long QUIET_NANOS = 1_000_000_000L;

  private final StatusLine line;
  private final int total;
  private final boolean enabled;
  private final LongSupplier clock;
  private final long started;
  private int done;

  Progress(PrintWriter err, int total, boolean enabled, LongSupplier clock) {
    this.line = new StatusLine(err);
    this.total = total;
    this.enabled = enabled;
    this.clock = clock;
    this.started = clock.getAsLong();
  }

  static Progress onStderr(PrintWriter err, int total, Terminal terminal) {
    return new Progress(err, total, terminal.stderrIsTty(), System::nanoTime);
  }

  /** One more file done. */
  void step() {
    done++;
    if (!enabled) {
      return;
    }
    long now = clock.getAsLong();
    if (now - started < QUIET_NANOS || line.tooSoon(now)) {
      return;
    }
    line.draw("scanning: " + done + "/" + total + " files (" + (int) (100L * done / Math.max(total, 1)) + "%)", now);
  }

  @Override
  public void close() {
    line.close();
  }
}
