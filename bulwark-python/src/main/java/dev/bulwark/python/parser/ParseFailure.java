package dev.bulwark.python.parser;

import dev.bulwark.python.SyntaxError;

/**
 * Unwinds the parser to its entry point with the syntax error that stopped it. It carries no stack
 * trace: it is control flow, thrown often while the parser tries alternatives, and never shown.
 */
final class ParseFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient SyntaxError error;

  ParseFailure(SyntaxError error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  SyntaxError error() {
    return error;
  }
}
