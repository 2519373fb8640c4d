package dev.bulwark.python.source;

import java.nio.charset.Charset;

/**
 * A CJK codec run through the Java charset of the same name.
 *
 * <p>Java's tables are not CPython's. Over all one- and two-byte inputs they agree exactly for
 * gb2312; they accept and reject the same inputs for euc_jp, shift_jis and gb18030, mapping a
 * few differently (0x815C is U+2015 in CPython's shift_jis, U+2014 in Java's); euc_kr, big5 and
 * johab differ on 2 to 17 pairs. Java accepts the user-defined areas of gbk, cp949, cp950 and
 * big5hkscs, which CPython rejects, and rejects the single bytes 0x80, 0xA0 and 0xFD-0xFF that
 * CPython's cp932 maps. For those last five a failure can be missed or invented.
 *
 * <p>CPython reports a bad multibyte sequence one byte at a time, hence the length of 1.
 */
final class MultiByteCodec implements WholeFileCodec {
  private final String errorName;
  private final Charset charset;

  MultiByteCodec(String errorName, Charset charset) {
    this.errorName = errorName;
    this.charset = charset;
  }

  @Override
  public String errorName() {
    return errorName;
  }

  @Override
  public Decoded decode(byte[] bytes, int from, int to) {
    return CharsetLoop.decode(charset, bytes, from, to,
        (at, charIndex) -> new Decoded.Failure(at, 1, "illegal multibyte sequence", charIndex));
  }
}
