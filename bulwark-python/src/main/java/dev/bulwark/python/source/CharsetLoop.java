package dev.bulwark.python.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/** Runs a Java charset over a byte range in one pass, escaping what it rejects and going on. */
final class CharsetLoop {
  private CharsetLoop() {}

  /** Turns the first rejected position into a failure in CPython's terms. */
  interface Describer {
    Decoded.Failure at(int offset, int charIndex);
  }

  static Decoded decode(Charset charset, byte[] bytes, int from, int to, Describer describer) {
    // REPORT rather than the default REPLACE: we need to see each failure to escape it.
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    // Enough for every charset we use; the overflow branch is only a safety net.
    CharBuffer out = CharBuffer.allocate(Math.max(16, to - from));
    Decoded.Failure failure = null;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isOverflow()) {
        out = grow(out);
      } else if (result.isError()) {
        int at = in.position();
        if (failure == null) {
          failure = describer.at(at, out.position());
        }
        if (out.remaining() < result.length()) {
          out = grow(out);
        }
        for (int i = 0; i < result.length(); i++) {
          out.put(Decoded.escape(bytes[at + i] & 0xff));
        }
        in.position(at + result.length());
      } else {
        break;
      }
    }
    while (decoder.flush(out).isOverflow()) {
      out = grow(out);
    }
    out.flip();
    return new Decoded(out.toString(), failure);
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
    out.flip();
    return bigger.put(out);
  }
}
