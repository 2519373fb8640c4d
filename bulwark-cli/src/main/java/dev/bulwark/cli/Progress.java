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
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private final LongSupplier clock;
  private final long started;
  private long lastDrawn = Long.MIN_VALUE;
  private int done;
  private int width;

  Progress(PrintWriter err, int total, boolean enabled, LongSupplier clock) {
    this.err = err;
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
    if (now - started < QUIET_NANOS || (lastDrawn != Long.MIN_VALUE && now - lastDrawn < REDRAW_NANOS)) {
      return;
    }
    lastDrawn = now;
    String line = "scanning: " + done + "/" + total + " files (" + (int) (100L * done / Math.max(total, 1)) + "%)";
    err.print('\r' + line + " ".repeat(Math.max(0, width - line.length())));
    err.flush();
    width = line.length();
  }

  @Override
  public void close() {
    if (width > 0) {
      err.print('\r' + " ".repeat(width) + '\r');
      err.flush();
      width = 0;
    }
  }
}
