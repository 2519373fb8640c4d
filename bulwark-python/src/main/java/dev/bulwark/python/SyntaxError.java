package dev.bulwark.python;

/**
 * A syntax error, located as CPython locates it.
 *
 * @param kind {@code SyntaxError}, {@code IndentationError} or {@code TabError}, as CPython names it
 * @param message CPython's message, e.g. {@code "invalid syntax"} or {@code "'(' was never closed"}
 * @param line 1-based line
 * @param column 1-based column in characters (CPython's {@code offset})
 * @param endLine 1-based end line, or 0 when unknown
 * @param endColumn 1-based end column in characters, or 0 when unknown
 */
public record SyntaxError(String kind, String message, int line, int column, int endLine, int endColumn) {

  public static SyntaxError at(String message, int line, int column) {
    return new SyntaxError("SyntaxError", message, line, column, 0, 0);
  }

  /** The diagnostic as a user reads it: {@code path:line:column: SyntaxError: message}. */
  public String format(String path) {
    return path + ":" + line + ":" + column + ": " + kind + ": " + message;
  }
}
