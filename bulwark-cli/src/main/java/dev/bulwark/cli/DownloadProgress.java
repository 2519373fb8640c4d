package dev.bulwark.cli;

import dev.bulwark.deps.store.StoreUpdater;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line download bar on standard error, drawn only on a terminal, at most ten times a second
 * (and once more at the end of the download), and erased at the end so that nothing of it stays
 * in the output.
 */
final class DownloadProgress implements StoreUpdater.Progress, AutoCloseable {

  private static final int BAR = 30;

  private final StatusLine line;
  private final String what;
  private final boolean enabled;
  private final LongSupplier clock;

  DownloadProgress(PrintWriter err, String what, boolean enabled, LongSupplier clock) {
    this.line = new StatusLine(err);
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
    if (line.tooSoon(now) && done != total) {
      return;
    }
    if (total > 0) {
      int filled = (int) (BAR * Math.min(done, total) / total);
      line.draw(String.format(Locale.ROOT, "%s [%s%s] %s of %s (%d%%)", what, "#".repeat(filled),
          ".".repeat(BAR - filled), megabytes(done), megabytes(total), 100 * done / total), now);
    } else {
      line.draw(what + " " + megabytes(done), now);
    }
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }

  @Override
  public void close() {
    line.close();
  }
}
