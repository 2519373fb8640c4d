package dev.bulwark.python;

/**
 * Reads Python source exactly as CPython 3.13 does (plus 3.14's syntax): decoding, tokenizing,
 * parsing. Never throws on bad input: every failure is a {@link SyntaxError} in the result.
 */
public final class PythonParser {

  private PythonParser() {}

  /** Decodes {@code source} as CPython decodes a file (BOM, PEP 263 cookie, UTF-8) and parses it. */
  public static ParseResult parse(byte[] source, String path) {
    throw new UnsupportedOperationException("parser not yet wired");
  }

  /** Parses already-decoded text. */
  public static ParseResult parseText(String text, String path) {
    throw new UnsupportedOperationException("parser not yet wired");
  }
}
