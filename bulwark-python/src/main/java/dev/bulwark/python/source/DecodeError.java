package dev.bulwark.python.source;

import java.util.Objects;

/**
 * Why a file's bytes cannot become Python source, worded as CPython 3.13's {@code compile()}
 * words it.
 *
 * <p>{@code line} and {@code column} are 1-based, the column counted in code points. CPython
 * itself attaches no position to the whole-file problems (it reports line 0); for those we point
 * at the byte or the coding cookie responsible instead, which is what a reader needs.
 *
 * @param message the SyntaxError message, without the {@code SyntaxError: } prefix
 * @param line 1-based line
 * @param column 1-based column in code points
 * @param kind which check failed
 */
public record DecodeError(String message, int line, int column, Kind kind) {

  public DecodeError {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(kind, "kind");
  }

  /** An error at a char index of the text, with CPython's line breaks: LF, CRLF and lone CR. */
  static DecodeError at(String text, int charIndex, String message, Kind kind) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < charIndex; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new DecodeError(message, line, text.codePointCount(lineStart, charIndex) + 1, kind);
  }

  /** The checks CPython makes before it tokenizes, in the order it makes them. */
  public enum Kind {
    /**
     * A NUL byte anywhere in the file: {@code source code string cannot contain null bytes}.
     * ({@code python3 file.py} says {@code source code cannot contain null bytes} instead.)
     */
    NULL_BYTE,
    /** A UTF-8 BOM next to a cookie for another encoding: {@code encoding problem: l1 with BOM}. */
    BOM_MISMATCH,
    /** The cookie names no codec CPython has: {@code unknown encoding: NAME}. */
    UNKNOWN_ENCODING,
    /** The cookie names a bytes-to-bytes codec such as {@code hex} or {@code rot13}. */
    NOT_TEXT_ENCODING,
    /**
     * CPython has the codec but Bulwark cannot run it yet: {@code utf_7}, {@code unicode_escape},
     * {@code raw_unicode_escape}, {@code idna}, {@code punycode}, the ISO-2022 and JIS X 0213
     * families, {@code hz}, and a few code pages Java lacks (ISO-8859-10 and -14, cp720, cp1125,
     * koi8_t, kz1048, ptcp154, hp_roman8, mac_farsi, palmos). CPython would decode such a file;
     * the message is ours. The first three are known ways to hide code from a reader, so the
     * file deserves a look either way.
     */
    UNSUPPORTED_ENCODING,
    /**
     * The cookie's codec rejects a byte. CPython decodes the whole file up front here, so the
     * message is the codec's own, e.g. {@code 'ascii' codec can't decode byte 0xff in position
     * 21: ordinal not in range(128)}, the position counted in bytes from the start of the file
     * after CPython has turned each CRLF and lone CR into LF.
     */
    CODEC_ERROR,
    /**
     * Bytes that are not UTF-8 in a file read as UTF-8. See {@link SourceDecoder} for how this
     * differs from CPython, which only rejects such bytes inside tokens.
     */
    INVALID_UTF8
  }
}
