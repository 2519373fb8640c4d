package dev.bulwark.python;

import dev.bulwark.python.parser.SourceParser;
import dev.bulwark.python.source.DecodeError;
import dev.bulwark.python.source.DecodedSource;
import dev.bulwark.python.source.SourceDecoder;
import java.util.List;
import java.util.Optional;

/**
 * Reads Python source exactly as CPython 3.13 does (plus 3.14's syntax): decoding, tokenizing,
 * parsing. Never throws on bad input: every failure is a {@link SyntaxError} in the result.
 */
public final class PythonParser {

  private PythonParser() {}

  /** Decodes {@code source} as CPython decodes a file (BOM, PEP 263 cookie, UTF-8) and parses it. */
  public static ParseResult parse(byte[] source, String path) {
    DecodedSource decoded = SourceDecoder.decode(source);
    if (decoded.error().isPresent() && decoded.error().get().kind() == DecodeError.Kind.INVALID_UTF8) {
      // CPython decodes token by token: a stray byte in a comment is no error
      return SourceParser.parse(decoded.text(), path, decoded.error().get());
    }
    if (decoded.error().isPresent()) {
      return new ParseResult(path, "", null, List.of(), Optional.of(syntaxError(decoded.error().get())));
    }
    return parseText(decoded.text(), path);
  }

  /** Parses already-decoded text. */
  public static ParseResult parseText(String text, String path) {
    return SourceParser.parse(text, path);
  }

  private static SyntaxError syntaxError(DecodeError e) {
    // CPython gives problems of the whole file (the encoding itself) line 0; we keep its numbering
    // so that our diagnostics and CPython's agree line for line.
    boolean wholeFile = switch (e.kind()) {
      case BOM_MISMATCH, UNKNOWN_ENCODING, NOT_TEXT_ENCODING, CODEC_ERROR -> true;
      default -> false;
    };
    return wholeFile ? new SyntaxError("SyntaxError", e.message(), 0, 0, 0, 0)
        : new SyntaxError("SyntaxError", e.message(), e.line(), e.column(), 0, 0);
  }
}
