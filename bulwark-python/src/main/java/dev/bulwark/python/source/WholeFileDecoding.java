package dev.bulwark.python.source;

import java.util.Arrays;

/**
 * Decoding with a declared codec, the way CPython does it: over the whole file at once, after
 * turning CRLF and CR into LF and appending a LF when the last line has none. We decode the
 * original bytes (keeping their line endings in the text) and only renumber a failure into
 * CPython's buffer, except for UTF-16 and UTF-32, whose code units the newline rewrite shifts.
 *
 * @param decoded the text, without the appended LF
 * @param error the codec's failure in CPython's words, or null
 */
record WholeFileDecoding(Decoded decoded, DecodeError error) {

  static WholeFileDecoding run(WholeFileCodec codec, byte[] bytes, int start) {
    boolean normalise = codec.needsNormalisedNewlines();
    byte[] input = normalise ? normaliseNewlines(bytes, start) : bytes;
    int from = normalise ? 0 : start;
    int end = input.length;
    // The appended LF matters: a multibyte sequence cut short by the end of the file meets it,
    // and CPython calls that an illegal sequence, not a truncated one.
    boolean appended = end == from || (input[end - 1] != '\n' && input[end - 1] != '\r');
    if (appended) {
      input = Arrays.copyOf(input, end + 1);
      input[end] = '\n';
    }
    Decoded decoded = codec.decode(input, from, input.length);
    String text = decoded.text();
    if (appended && text.endsWith("\n")) {
      text = text.substring(0, text.length() - 1);
    }
    Decoded.Failure failure = decoded.failure();
    if (failure == null) {
      return new WholeFileDecoding(new Decoded(text, null), null);
    }
    int position = normalise
        ? failure.offset()
        : failure.offset() - start - crlfsBefore(bytes, start, failure.offset());
    String message =
        "'" + codec.errorName() + "' codec can't decode " + failure.describe(input, position);
    // Located in the untrimmed text: the failure may lie on the appended LF.
    DecodeError error =
        DecodeError.at(decoded.text(), failure.charIndex(), message, DecodeError.Kind.CODEC_ERROR);
    return new WholeFileDecoding(new Decoded(text, failure), error);
  }

  private static byte[] normaliseNewlines(byte[] bytes, int start) {
    byte[] out = new byte[bytes.length - start];
    int n = 0;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == '\r') {
        out[n++] = '\n';
        if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
          i++;
        }
      } else {
        out[n++] = bytes[i];
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** CRLF pairs wholly before {@code offset}; each is one byte shorter in CPython's buffer. */
  private static int crlfsBefore(byte[] bytes, int start, int offset) {
    int count = 0;
    for (int i = start + 1; i < Math.min(offset, bytes.length); i++) {
      if (bytes[i] == '\n' && bytes[i - 1] == '\r') {
        count++;
      }
    }
    return count;
  }
}
