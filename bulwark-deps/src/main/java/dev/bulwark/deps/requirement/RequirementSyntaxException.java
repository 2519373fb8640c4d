package dev.bulwark.deps.requirement;

/**
 * Text that is not a valid PEP 508 requirement, marker or project name. The message names the
 * text and the 0-based position of the problem.
 */
public final class RequirementSyntaxException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String text;
  private final int position;
  private final String problem;

  public RequirementSyntaxException(String kind, String text, int position, String problem) {
    super("invalid " + kind + " '" + text + "': " + problem + " at position " + position);
    this.text = text;
    this.position = position;
    this.problem = problem;
  }

  /** The text that failed to parse, exactly as given. */
  public String text() {
    return text;
  }

  /** 0-based index into {@link #text()} where reading failed. */
  public int position() {
    return position;
  }

  /** The problem alone, without the text and position, e.g. {@code "expected ']'"}. */
  public String problem() {
    return problem;
  }
}
