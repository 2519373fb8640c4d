package dev.bulwark.deps.version;

import dev.bulwark.deps.SyntaxException;

/**
 * Text that is not a valid PEP 440 version or version specifier. The message names the text and
 * the 0-based position of the first character that could not be read.
 */
public final class VersionSyntaxException extends SyntaxException {

  private static final long serialVersionUID = 1L;

  public VersionSyntaxException(String kind, String text, int position, String problem) {
    super(kind, text, position, problem);
  }
}
