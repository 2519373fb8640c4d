package dev.bulwark.cli;

import dev.bulwark.deps.store.StoreUpdater;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line download bar on standard error, drawn only on a terminal, at most ten times a second,
 * and erased at the end so that nothing of it stays in the output.
 */
final class DownloadProgress implements StoreUpdater.Progress, AutoCloseable {

  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int BAR = 30;

  private final PrintWriter err;
  private final String what;
  private final boolean enabled;
  private final LongSupplier clock;
  private long lastDrawn = Long.MIN_VALUE;
  private int width;

  DownloadProgress(PrintWriter err, String what, boolean enabled, LongSupplier clock) {
    this.err = err;
    this.what = what;
    this.enabled = enabled;
    this.clock = clock;
  }

  @Override
  public void update(long done, long total) {
    if (!enabled) {
      return;
    }
    long now = clock.getAsLong();
    if (lastDrawn != Long.MIN_VALUE && now - lastDrawn < REDRAW_NANOS && done != total) {
      return;
    }
    lastDrawn = now;
    String line;
    if (total > 0) {
      int filled = (int) (BAR * Math.min(done, total) / total);
      line = String.format(Locale.ROOT, "%s [%s%s] %s of %s (%d%%)", what, "#".repeat(filled), ".".repeat(BAR - filled),
          megabytes(done), megabytes(total), 100 * done / total);
    } else {
      line = what + " " + megabytes(done);
    }
    err.print('\r' + line + " ".repeat(Math.max(0, width - line.length())));
    err.flush();
    width = line.length();
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
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
