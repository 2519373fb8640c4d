package dev.bulwark.python.source;

/**
 * What a codec made of a byte range: the text, undecodable bytes escaped as described in {@link
 * DecodedSource}, and the first failure as CPython's codec would report it, or null.
 */
record Decoded(String text, Failure failure) {

  /**
   * The first byte run a codec rejects.
   *
   * @param offset index of the first rejected byte in the decoded array
   * @param length how many bytes CPython's error covers ({@code start..end} of its exception)
   * @param reason CPython's reason, e.g. {@code invalid start byte}
   * @param charIndex where the run's first escape character sits in the text
   */
  record Failure(int offset, int length, String reason, int charIndex) {

    /** The tail of CPython's message: {@code byte 0xff in position 3: invalid start byte}. */
    String describe(byte[] bytes, int position) {
      if (length == 1) {
        int value = bytes[offset] & 0xff;
        return String.format("byte 0x%02x in position %d: %s", value, position, reason);
      }
      return String.format("bytes in position %d-%d: %s", position, position + length - 1, reason);
    }
  }

  /** The character standing for an undecodable byte in the text. */
  static char escape(int unsignedByte) {
    return unsignedByte >= 0x80 ? (char) (0xDC00 | unsignedByte) : '\uFFFD';
  }
}
