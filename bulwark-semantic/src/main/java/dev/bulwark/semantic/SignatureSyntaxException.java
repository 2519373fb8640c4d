package dev.bulwark.semantic;

/** A line of a signature table that cannot be read, with where it is and what is wrong. */
public final class SignatureSyntaxException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * @param source the table's name, e.g. {@code signatures.txt}
   * @param line 1-based
   * @param column 1-based; 0 when the problem is the whole line
   * @param problem what is wrong, e.g. {@code '/' after '*'}
   */
  public SignatureSyntaxException(String source, int line, int column, String problem) {
    super(source + ":" + line + (column > 0 ? ":" + column : "") + ": " + problem);
    this.source = source;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  public String source() {
    return source;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String problem() {
    return problem;
  }
}
