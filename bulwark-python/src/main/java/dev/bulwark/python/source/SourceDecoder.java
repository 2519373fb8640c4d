package dev.bulwark.python.source;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a {@code .py} file into text the way CPython 3.13 does when it compiles
 * them ({@code compile(data, path, "exec")}, which is also what {@code import} does).
 *
 * <p>CPython's checks, in its order; the first failing one is reported, see {@link
 * DecodeError.Kind}:
 *
 * <ol>
 *   <li>No NUL byte anywhere.
 *   <li>A UTF-8 BOM (EF BB BF) is dropped; a coding cookie next to it must then say utf-8.
 *   <li>A PEP 263 cookie ({@link CodingCookie}) other than utf-8 makes CPython decode the whole
 *       file with that codec before tokenizing, so any byte the codec rejects, comments
 *       included, fails the file, with the codec's message and no line.
 *   <li>Otherwise the file is UTF-8. Here CPython is lazier than a decoder: it only decodes the
 *       bytes of each token, so bad bytes inside a comment pass, and it counts the position in
 *       its message from the start of the token (an identifier, or the body of a string
 *       literal), reporting a string's failure at the line and column where the string begins.
 *       Without a tokenizer we cannot reproduce that, so we report the first bad byte wherever it
 *       is ({@link DecodeError.Kind#INVALID_UTF8}), at its own line and column, with CPython's
 *       wording and its position counted from the start of the line; and where CPython sees
 *       "unexpected end of data" at the end of a token, we only see it at the end of the file.
 *       The result equals CPython's when the token starts the line and runs past the bad bytes.
 *       A caller that wants CPython's leniency can decide per token: the text marks each bad
 *       byte with a U+DC80-U+DCFF character.
 * </ol>
 *
 * <p>Errors are returned in the result, never thrown, and the text is always produced.
 */
public final class SourceDecoder {
  private static final String UTF_8 = "utf-8";

  private SourceDecoder() {}

  public static DecodedSource decode(byte[] bytes) {
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF;
    int start = bom ? 3 : 0;
    Optional<CodingCookie> cookie = CodingCookie.find(bytes, start);
    boolean declaresOther = cookie.isPresent() && !cookie.get().name().equals(UTF_8);

    DecodeError cookieError = null;
    WholeFileCodec codec = null;
    if (bom && declaresOther) {
      cookieError = atCookie(cookie.get(), "encoding problem: " + cookie.get().name() + " with BOM",
          DecodeError.Kind.BOM_MISMATCH);
    } else if (declaresOther) {
      CodecRegistry.Lookup lookup = CodecRegistry.lookup(cookie.get().name());
      codec = lookup.codec();
      cookieError = lookupError(cookie.get(), lookup);
    }

    String encoding = bom || cookie.isEmpty() ? UTF_8 : cookie.get().name();
    Decoded decoded;
    DecodeError decodeError;
    if (codec == null) {
      decoded = Utf8Codec.INSTANCE.decode(bytes, start, bytes.length);
      decodeError = invalidUtf8(bytes, start, decoded);
    } else {
      WholeFileDecoding whole = WholeFileDecoding.run(codec, bytes, start);
      decoded = whole.decoded();
      decodeError = whole.error();
    }

    int nul = indexOfNul(bytes);
    DecodeError first = nul >= 0 ? nulError(bytes, start, nul, decoded.text())
        : cookieError != null ? cookieError
        : decodeError;
    return new DecodedSource(decoded.text(), encoding, Optional.ofNullable(first));
  }

  private static DecodeError lookupError(CodingCookie cookie, CodecRegistry.Lookup lookup) {
    String name = cookie.name();
    switch (lookup.status()) {
      case FOUND:
        return null;
      case UNKNOWN:
        return atCookie(cookie, "unknown encoding: " + name, DecodeError.Kind.UNKNOWN_ENCODING);
      case NOT_TEXT:
        return atCookie(cookie,
            "'" + name + "' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
            DecodeError.Kind.NOT_TEXT_ENCODING);
      case UNDEFINED:
        // The undefined codec exists only to fail, with exactly this message.
        return atCookie(cookie, "undefined encoding", DecodeError.Kind.CODEC_ERROR);
      case UNSUPPORTED:
      default:
        return atCookie(cookie, "encoding not supported by Bulwark: " + name
            + " (CPython's " + lookup.module() + " codec)", DecodeError.Kind.UNSUPPORTED_ENCODING);
    }
  }

  private static DecodeError atCookie(CodingCookie cookie, String message, DecodeError.Kind kind) {
    return new DecodeError(message, cookie.line(), cookie.column(), kind);
  }

  private static DecodeError invalidUtf8(byte[] bytes, int start, Decoded decoded) {
    Decoded.Failure failure = decoded.failure();
    if (failure == null) {
      return null;
    }
    int lineStart = failure.offset();
    while (lineStart > start && bytes[lineStart - 1] != '\n' && bytes[lineStart - 1] != '\r') {
      lineStart--;
    }
    String message = "(unicode error) 'utf-8' codec can't decode "
        + failure.describe(bytes, failure.offset() - lineStart);
    return DecodeError.at(
        decoded.text(), failure.charIndex(), message, DecodeError.Kind.INVALID_UTF8);
  }

  private static DecodeError nulError(byte[] bytes, int start, int nul, String text) {
    String message = "source code string cannot contain null bytes";
    int inText = text.indexOf('\0');
    if (inText < 0) {
      // Only UTF-16 or UTF-32 turns a NUL byte into something else; count bytes as characters.
      text = new String(bytes, start, nul - start + 1, StandardCharsets.ISO_8859_1);
      inText = nul - start;
    }
    return DecodeError.at(text, inText, message, DecodeError.Kind.NULL_BYTE);
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
