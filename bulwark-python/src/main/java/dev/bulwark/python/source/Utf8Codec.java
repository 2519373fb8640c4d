package dev.bulwark.python.source;

import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8, with failures described as CPython's decoder describes them.
 *
 * <p>Java's decoder finds the same first bad byte as CPython's (both reject overlong forms,
 * encoded surrogates and values past U+10FFFF), but groups the bad bytes differently, so the
 * length and reason of a failure are worked out here from the bytes themselves.
 */
final class Utf8Codec implements WholeFileCodec {
  static final Utf8Codec INSTANCE = new Utf8Codec();

  private Utf8Codec() {}

  @Override
  public String errorName() {
    return "utf-8";
  }

  @Override
  public Decoded decode(byte[] bytes, int from, int to) {
    int firstHigh = from;
    while (firstHigh < to && bytes[firstHigh] >= 0) {
      firstHigh++;
    }
    if (firstHigh == to) {
      // Pure ASCII, the common case: Latin-1 maps each byte to the same char, with no checks.
      return new Decoded(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1), null);
    }
    return CharsetLoop.decode(StandardCharsets.UTF_8, bytes, from, to,
        (at, charIndex) -> describe(bytes, at, to, charIndex));
  }

  /**
   * CPython's account of the invalid sequence starting at {@code at}: a byte that cannot start a
   * sequence is an "invalid start byte"; otherwise the bytes accepted so far are reported, as an
   * "invalid continuation byte" when the next one does not fit and as "unexpected end of data"
   * when the input stops first. The second byte's range is narrower after E0, ED, F0 and F4,
   * which is what rules out overlong forms, surrogates and code points past U+10FFFF.
   */
  static Decoded.Failure describe(byte[] b, int at, int end, int charIndex) {
    int lead = b[at] & 0xff;
    int need;
    int secondLow = 0x80;
    int secondHigh = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      need = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      need = 2;
      secondLow = lead == 0xE0 ? 0xA0 : 0x80;
      secondHigh = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      need = 3;
      secondLow = lead == 0xF0 ? 0x90 : 0x80;
      secondHigh = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
      return new Decoded.Failure(at, 1, "invalid start byte", charIndex);
    }
    for (int k = 1; k <= need; k++) {
      if (at + k >= end) {
        return new Decoded.Failure(at, k, "unexpected end of data", charIndex);
      }
      int c = b[at + k] & 0xff;
      int low = k == 1 ? secondLow : 0x80;
      int high = k == 1 ? secondHigh : 0xBF;
      if (c < low || c > high) {
        return new Decoded.Failure(at, k, "invalid continuation byte", charIndex);
      }
    }
    // Only reached if called on a valid sequence, which the decoder never does.
    throw new IllegalArgumentException("valid UTF-8 at " + at);
  }
}
