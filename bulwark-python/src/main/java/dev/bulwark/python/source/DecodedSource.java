package dev.bulwark.python.source;

import java.util.Objects;
import java.util.Optional;

/**
 * A Python file's text, and the first problem CPython would have reported while turning its
 * bytes into text.
 *
 * <p>The text is always there, even with an error, so that a broken file can still be scanned:
 * every byte that could not be decoded stands in it as one character, U+DC80 to U+DCFF for bytes
 * 0x80 to 0xFF (Python's {@code surrogateescape} convention) and U+FFFD for the rare ASCII byte a
 * wide codec rejects. A file decoded as UTF-8 holds no other lone surrogates, so in that case
 * these characters mark the undecodable bytes exactly.
 *
 * @param text the source with any UTF-8 BOM removed, line endings left as they are; read as
 *     UTF-8 when the declared codec is unknown, not a text codec, or one we cannot run
 * @param encoding the encoding as CPython names it: {@code "utf-8"} when there is no cookie or a
 *     BOM, otherwise the cookie's name after CPython's own normalisation (which only rewrites the
 *     spellings of UTF-8 and Latin-1, so {@code "latin-1"} becomes {@code "iso-8859-1"} but
 *     {@code "cp1252"} and {@code "UTF8"} stay as written)
 * @param error the first problem, empty when CPython accepts the bytes
 */
public record DecodedSource(String text, String encoding, Optional<DecodeError> error) {

  public DecodedSource {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(error, "error");
  }

  public boolean ok() {
    return error.isEmpty();
  }
}
