package dev.bulwark.report.format;

/**
 * Choices that change how a format looks, not what it says.
 *
 * @param color colour the text format with ANSI escape sequences (for a terminal)
 */
public record FormatOptions(boolean color) {

  /** Plain output. */
  public static final FormatOptions DEFAULT = new FormatOptions(false);
}
