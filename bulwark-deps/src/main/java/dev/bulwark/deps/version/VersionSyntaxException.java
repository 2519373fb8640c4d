package dev.bulwark.deps.version;

/**
 * Text that is not a valid PEP 440 version or version specifier. The message names the text and
 * the 0-based position of the first character that could not be read.
 */
public final class VersionSyntaxException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String text;
  private final int position;
  private final String problem;

  public VersionSyntaxException(String kind, String text, int position, String problem) {
    super("invalid " + kind + " '" + text + "': " + problem + " at position " + position);
    this.text = text;
    this.position = position;
    this.problem = problem;
  }

  /** The problem alone, without the text and position, e.g. {@code "unexpected '-'"}. */
  public String problem() {
    return problem;
  }

  /** The text that failed to parse, exactly as given. */
  public String text() {
    return text;
  }

  /** 0-based index into {@link #text()} where reading failed. */
  public int position() {
    return position;
  }
}
