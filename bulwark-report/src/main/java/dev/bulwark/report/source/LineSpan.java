package dev.bulwark.report.source;

/**
 * A run of whole lines, both ends included, counted from 1: the lines one statement occupies.
 *
 * @param start first line
 * @param end last line, not before {@code start}
 */
public record LineSpan(int start, int end) {

  public LineSpan {
    if (start < 1 || end < start) {
      throw new IllegalArgumentException("bad line span " + start + "-" + end);
    }
  }

  public static LineSpan of(int line) {
    return new LineSpan(line, line);
  }

  public boolean contains(int line) {
    return start <= line && line <= end;
  }
}
