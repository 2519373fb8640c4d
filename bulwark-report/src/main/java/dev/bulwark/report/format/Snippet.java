package dev.bulwark.report.format;

/**
 * A line of code cut to at most {@code max} code points around a marked range, for formats that
 * show code. Positions are code point indices into {@link #text()}.
 *
 * @param text the visible part of the line, with an ellipsis where it was cut
 * @param markStart where the marked range starts
 * @param markEnd where it ends (exclusive), at least {@code markStart}
 */
record Snippet(String text, int markStart, int markEnd) {

  private static final String ELLIPSIS = "\u2026";

  /**
   * Cuts {@code line} (already made safe to show) around the code points {@code [start, end)}.
   */
  static Snippet of(String line, int start, int end, int max) {
    int length = line.codePointCount(0, line.length());
    start = Math.min(Math.max(start, 0), length);
    end = Math.min(Math.max(end, start), length);
    if (length <= max) {
      return new Snippet(line, start, end);
    }
    int from = Math.max(0, Math.min(start - max / 3, length - max));
    int to = Math.min(length, from + max);
    String visible = line.substring(line.offsetByCodePoints(0, from), line.offsetByCodePoints(0, to));
    String prefix = from > 0 ? ELLIPSIS : "";
    String suffix = to < length ? ELLIPSIS : "";
    int shift = prefix.length() - from;
    int markStart = Math.min(Math.max(start, from), to) + shift;
    int markEnd = Math.min(Math.max(end, from), to) + shift;
    return new Snippet(prefix + visible + suffix, markStart, markEnd);
  }

  /** The text before the mark. */
  String before() {
    return text.substring(0, text.offsetByCodePoints(0, markStart));
  }

  /** The marked text. */
  String marked() {
    return text.substring(text.offsetByCodePoints(0, markStart), text.offsetByCodePoints(0, markEnd));
  }

  /** The text after the mark. */
  String after() {
    return text.substring(text.offsetByCodePoints(0, markEnd));
  }
}
