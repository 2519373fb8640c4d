package dev.bulwark.deps.requirement;

import dev.bulwark.deps.SyntaxException;

/**
 * Text that is not a valid PEP 508 requirement, marker or project name. The message names the
 * text and the 0-based position of the problem.
 */
public final class RequirementSyntaxException extends SyntaxException {

  private static final long serialVersionUID = 1L;

  public RequirementSyntaxException(String kind, String text, int position, String problem) {
    super(kind, text, position, problem);
  }
}
