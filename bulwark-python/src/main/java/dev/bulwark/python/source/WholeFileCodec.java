package dev.bulwark.python.source;

/** A CPython codec reproduced closely enough to decide, like CPython, where a file fails. */
interface WholeFileCodec {

  /** The codec's name in CPython's message; not always the module's (cp1252 says 'charmap'). */
  String errorName();

  /**
   * Whether the codec must see CPython's newline-normalised buffer. CPython turns CRLF and CR into
   * LF on the raw bytes before decoding; that is invisible to ASCII-compatible codecs, whose
   * failures we simply renumber, but it shifts the code units of UTF-16 and UTF-32.
   */
  default boolean needsNormalisedNewlines() {
    return false;
  }

  /** Decodes {@code bytes[from..to)} without stopping at failures. */
  Decoded decode(byte[] bytes, int from, int to);
}
