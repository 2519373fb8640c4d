package dev.bulwark.deps;

/**
 * Text that one of the deps parsers could not read: a PEP 440 version or specifier, a PEP 508
 * requirement, marker or name. The message names the kind of text, the text and the 0-based
 * position of the problem; each parser has its own subclass so callers can tell them apart.
 */
public abstract class SyntaxException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String text;
  private final int position;
  private final String problem;

  protected SyntaxException(String kind, String text, int position, String problem) {
    super("invalid " + kind + " '" + text + "': " + problem + " at position " + position);
    this.text = text;
    this.position = position;
    this.problem = problem;
  }

  /** The text that failed to parse, exactly as given. */
  public final String text() {
    return text;
  }

  /** 0-based index into {@link #text()} where reading failed. */
  public final int position() {
    return position;
  }

  /** The problem alone, without the text and position, e.g. {@code "expected ']'"}. */
  public final String problem() {
    return problem;
  }
}
