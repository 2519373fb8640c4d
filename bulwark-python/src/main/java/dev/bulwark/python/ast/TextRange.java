package dev.bulwark.python.ast;

/**
 * Where a node sits in its file, counted exactly as CPython counts: lines from 1, columns from 0
 * in UTF-8 bytes of the decoded line. The end is exclusive.
 */
public record TextRange(int line, int col, int endLine, int endCol) {

  /** The range from the start of {@code first} to the end of {@code last}. */
  public static TextRange span(TextRange first, TextRange last) {
    return new TextRange(first.line, first.col, last.endLine, last.endCol);
  }

  @Override
  public String toString() {
    return line + ":" + col + "-" + endLine + ":" + endCol;
  }
}
