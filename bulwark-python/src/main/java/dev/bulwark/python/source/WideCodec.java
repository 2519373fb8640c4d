package dev.bulwark.python.source;

/**
 * CPython's UTF-16 and UTF-32 codecs, with their failure reasons.
 *
 * <p>Only of use for matching CPython's complaints: a cookie is ASCII, so a file that declares
 * one of these is read as garbage by CPython too (and a real UTF-16 file has NUL bytes, which
 * CPython refuses before looking for a cookie). Without a BOM, CPython's plain {@code utf-16} and
 * {@code utf-32} assume the machine's byte order; we assume little-endian, as on x86 and ARM.
 */
final class WideCodec implements WholeFileCodec {
  private final int unit;
  private final boolean detectBom;
  private final boolean bigEndian;

  private WideCodec(int unit, boolean detectBom, boolean bigEndian) {
    this.unit = unit;
    this.detectBom = detectBom;
    this.bigEndian = bigEndian;
  }

  /** {@code utf_16}, {@code utf_16_le}, {@code utf_32_be} and so on. */
  static WideCodec forModule(String module) {
    int unit = module.startsWith("utf_16") ? 2 : 4;
    boolean fixedOrder = module.endsWith("_le") || module.endsWith("_be");
    return new WideCodec(unit, !fixedOrder, module.endsWith("_be"));
  }

  @Override
  public String errorName() {
    return (unit == 2 ? "utf-16-" : "utf-32-") + (bigEndian ? "be" : "le");
  }

  @Override
  public boolean needsNormalisedNewlines() {
    return true;
  }

  @Override
  public Decoded decode(byte[] bytes, int from, int to) {
    WideCodec codec = this;
    int i = from;
    if (detectBom) {
      int[] littleBom = unit == 2 ? new int[] {0xFF, 0xFE} : new int[] {0xFF, 0xFE, 0, 0};
      int[] bigBom = unit == 2 ? new int[] {0xFE, 0xFF} : new int[] {0, 0, 0xFE, 0xFF};
      if (startsWith(bytes, from, to, littleBom)) {
        codec = new WideCodec(unit, false, false);
        i += unit;
      } else if (startsWith(bytes, from, to, bigBom)) {
        codec = new WideCodec(unit, false, true);
        i += unit;
      }
    }
    return unit == 2 ? codec.decode16(bytes, i, to) : codec.decode32(bytes, i, to);
  }

  private Decoded decode16(byte[] b, int from, int to) {
    StringBuilder out = new StringBuilder((to - from) / 2 + 1);
    Decoded.Failure failure = null;
    int i = from;
    while (i < to) {
      String reason = null;
      int length = 2;
      if (to - i < 2) {
        reason = "truncated data";
        length = to - i;
      } else {
        int u = read(b, i, 2);
        if (u < 0xD800 || u > 0xDFFF) {
          out.append((char) u);
        } else if (u >= 0xDC00) {
          reason = "illegal encoding";
        } else if (to - i < 4) {
          reason = "unexpected end of data";
          length = to - i;
        } else {
          int low = read(b, i + 2, 2);
          if (low >= 0xDC00 && low <= 0xDFFF) {
            out.append((char) u).append((char) low);
            length = 4;
          } else {
            reason = "illegal UTF-16 surrogate";
          }
        }
      }
      if (reason != null) {
        failure = failure != null ? failure : new Decoded.Failure(i, length, reason, out.length());
        escape(b, i, length, out);
      }
      i += length;
    }
    return new Decoded(out.toString(), failure);
  }

  private Decoded decode32(byte[] b, int from, int to) {
    StringBuilder out = new StringBuilder((to - from) / 4 + 1);
    Decoded.Failure failure = null;
    int i = from;
    while (i < to) {
      String reason = null;
      int length = Math.min(4, to - i);
      if (length < 4) {
        reason = "truncated data";
      } else {
        long cp = read(b, i, 4) & 0xFFFFFFFFL;
        if (cp > 0x10FFFF) {
          reason = "code point not in range(0x110000)";
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
          reason = "code point in surrogate code point range(0xd800, 0xe000)";
        } else {
          out.appendCodePoint((int) cp);
        }
      }
      if (reason != null) {
        failure = failure != null ? failure : new Decoded.Failure(i, length, reason, out.length());
        escape(b, i, length, out);
      }
      i += length;
    }
    return new Decoded(out.toString(), failure);
  }

  private int read(byte[] b, int at, int size) {
    int value = 0;
    for (int k = 0; k < size; k++) {
      int octet = b[at + (bigEndian ? k : size - 1 - k)] & 0xff;
      value = (value << 8) | octet;
    }
    return value;
  }

  private static void escape(byte[] b, int at, int length, StringBuilder out) {
    for (int k = 0; k < length; k++) {
      out.append(Decoded.escape(b[at + k] & 0xff));
    }
  }

  private static boolean startsWith(byte[] b, int from, int to, int[] prefix) {
    if (to - from < prefix.length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if ((b[from + k] & 0xff) != prefix[k]) {
        return false;
      }
    }
    return true;
  }
}
