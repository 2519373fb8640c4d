package dev.bulwark.cli;

import java.io.PrintWriter;

/**
 * One line on standard error that is redrawn in place (a carriage return, the new text, blanks
 * over what is left of the old) at most ten times a second, and erased on close so that nothing
 * of it stays in the output. The progress displays decide what to say and whether to draw at all.
 */
final class StatusLine implements AutoCloseable {

  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private long lastDrawn = Long.MIN_VALUE;
  private int width;

  StatusLine(PrintWriter err) {
    this.err = err;
  }

  /** Whether a redraw at {@code now} (nanoseconds) would come less than a tenth of a second after the last. */
  boolean tooSoon(long now) {
    return lastDrawn != Long.MIN_VALUE && now - lastDrawn < REDRAW_NANOS;
  }

  /** Replaces the line with {@code text}, drawn at {@code now}. */
  void draw(String text, long now) {
    lastDrawn = now;
    err.print('\r' + text + " ".repeat(Math.max(0, width - text.length())));
    err.flush();
    width = text.length();
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
