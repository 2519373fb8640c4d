package dev.bulwark.python.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * A one-byte-per-character CPython codec, run from a 256-entry table.
 *
 * <p>The table is read off the matching Java charset, then corrected where CPython's mapping
 * differs (the Mac code pages, for example, gained the euro sign in CPython but not in Java).
 * Every CPython charmap failure covers exactly one byte.
 */
final class SingleByteCodec implements WholeFileCodec {
  private static final int UNDEFINED = -1;

  private final String errorName;
  private final String reason;
  private final int[] table;

  private SingleByteCodec(String errorName, String reason, int[] table) {
    this.errorName = errorName;
    this.reason = reason;
    this.table = table;
  }

  /**
   * @param fixes CPython's value where it differs from Java's, as {@code "hex:hex"} pairs
   *     separated by spaces, {@code -} meaning the byte is undefined
   */
  static SingleByteCodec charmap(Charset charset, String fixes) {
    return new SingleByteCodec("charmap", "character maps to <undefined>", tableOf(charset, fixes));
  }

  static SingleByteCodec ascii(Charset usAscii) {
    return new SingleByteCodec("ascii", "ordinal not in range(128)", tableOf(usAscii, ""));
  }

  @Override
  public String errorName() {
    return errorName;
  }

  @Override
  public Decoded decode(byte[] bytes, int from, int to) {
    char[] out = new char[to - from];
    Decoded.Failure failure = null;
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0xff;
      int c = table[b];
      if (c == UNDEFINED) {
        if (failure == null) {
          failure = new Decoded.Failure(i, 1, reason, i - from);
        }
        out[i - from] = Decoded.escape(b);
      } else {
        out[i - from] = (char) c;
      }
    }
    return new Decoded(new String(out), failure);
  }

  private static int[] tableOf(Charset charset, String fixes) {
    int[] table = new int[256];
    for (int b = 0; b < 256; b++) {
      table[b] = javaMapping(charset, b);
    }
    if (!fixes.isEmpty()) {
      for (String fix : fixes.split(" ")) {
        int colon = fix.indexOf(':');
        String value = fix.substring(colon + 1);
        table[Integer.parseInt(fix.substring(0, colon), 16)] =
            value.equals("-") ? UNDEFINED : Integer.parseInt(value, 16);
      }
    }
    return table;
  }

  private static int javaMapping(Charset charset, int b) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer decoded = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b}));
      return decoded.length() == 1 ? decoded.charAt(0) : UNDEFINED;
    } catch (CharacterCodingException e) {
      return UNDEFINED;
    }
  }
}
