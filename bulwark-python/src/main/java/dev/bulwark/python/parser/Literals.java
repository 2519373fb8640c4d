package dev.bulwark.python.parser;

import dev.bulwark.python.ast.PyConstant;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.BitSet;

/** Values of number and string literals, decoded as CPython decodes them. */
final class Literals {
  private Literals() {}

  /** Signals a bad escape; the parser turns it into a SyntaxError at the literal. */
  static final class BadLiteral extends Exception {
    private static final long serialVersionUID = 1L;

    BadLiteral(String message) {
      super(message, null, false, false);
    }
  }

  static PyConstant number(char[] src, int start, int end) {
    String text = new String(src, start, end - start);
    if (text.indexOf('_') >= 0) {
      text = text.replace("_", "");
    }
    char last = text.charAt(text.length() - 1);
    if (last == 'j' || last == 'J') {
      return new PyConstant.PyComplex(Double.parseDouble(text.substring(0, text.length() - 1)));
    }
    if (text.length() > 2 && text.charAt(0) == '0') {
      char r = Character.toLowerCase(text.charAt(1));
      int radix = r == 'x' ? 16 : r == 'o' ? 8 : r == 'b' ? 2 : 0;
      if (radix != 0) {
        return new PyConstant.PyInt(new BigInteger(text.substring(2), radix));
      }
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') {
        return new PyConstant.PyFloat(Double.parseDouble(text));
      }
    }
    if (text.length() <= 18) {
      return new PyConstant.PyInt(BigInteger.valueOf(Long.parseLong(text)));
    }
    return new PyConstant.PyInt(new BigInteger(text));
  }

  /** The prefix letters of a string token, as flags. */
  record Prefix(int length, boolean raw, boolean bytes, boolean unicode, boolean formatted, boolean template) {
    static Prefix of(char[] src, int start) {
      int i = start;
      boolean raw = false;
      boolean bytes = false;
      boolean unicode = false;
      boolean formatted = false;
      boolean template = false;
      while (src[i] != '\'' && src[i] != '"') {
        switch (Character.toLowerCase(src[i])) {
          case 'r' -> raw = true;
          case 'b' -> bytes = true;
          case 'u' -> unicode = true;
          case 'f' -> formatted = true;
          case 't' -> template = true;
          default -> throw new IllegalStateException("not a string prefix");
        }
        i++;
      }
      return new Prefix(i - start, raw, bytes, unicode, formatted, template);
    }
  }

  /**
   * The text of a str literal's body {@code src[start, end)}. Surrogates written as escapes are
   * code points of their own in Python even when two of them would pair up in Java text, so their
   * indices are marked in {@code lone}.
   */
  static String str(char[] src, int start, int end, boolean raw, BitSet lone) throws BadLiteral {
    if (raw) {
      return new String(src, start, end - start);
    }
    int bs = -1;
    for (int i = start; i < end; i++) {
      if (src[i] == '\\') {
        bs = i;
        break;
      }
    }
    if (bs < 0) {
      return new String(src, start, end - start);
    }
    StringBuilder sb = new StringBuilder(end - start);
    sb.append(src, start, bs - start);
    int i = bs;
    while (i < end) {
      char c = src[i];
      if (c != '\\') {
        sb.append(c);
        i++;
        continue;
      }
      i = escape(src, i, end, sb, null, lone);
    }
    return sb.toString();
  }

  /** The bytes of a bytes literal's body; only ASCII characters may appear in it. */
  static byte[] bytes(char[] src, int start, int end, boolean raw) throws BadLiteral {
    ByteArrayOutputStream out = new ByteArrayOutputStream(end - start);
    int i = start;
    while (i < end) {
      char c = src[i];
      if (c >= 0x80) {
        throw new BadLiteral("bytes can only contain ASCII literal characters");
      }
      if (c != '\\' || raw) {
        out.write(c);
        i++;
        continue;
      }
      i = escape(src, i, end, null, out, null);
    }
    return out.toByteArray();
  }

  /** Decodes the escape at {@code src[i]} (a backslash) into {@code sb} or {@code out}; returns the next index. */
  private static int escape(char[] src, int i, int end, StringBuilder sb, ByteArrayOutputStream out, BitSet lone)
      throws BadLiteral {
    boolean isBytes = out != null;
    if (i + 1 >= end) {
      put(sb, out, '\\');
      return i + 1;
    }
    char e = src[i + 1];
    switch (e) {
      case '\n':
        return i + 2;
      case '\\':
      case '\'':
      case '"':
        put(sb, out, e);
        return i + 2;
      case 'a':
        put(sb, out, 7);
        return i + 2;
      case 'b':
        put(sb, out, 8);
        return i + 2;
      case 'f':
        put(sb, out, 12);
        return i + 2;
      case 'n':
        put(sb, out, '\n');
        return i + 2;
      case 'r':
        put(sb, out, '\r');
        return i + 2;
      case 't':
        put(sb, out, '\t');
        return i + 2;
      case 'v':
        put(sb, out, 11);
        return i + 2;
      case 'x':
        return hexEscape(src, i, end, 2, sb, out, isBytes ? "bytes" : "unicode", null);
      default:
        break;
    }
    if (e >= '0' && e <= '7') {
      int v = 0;
      int j = i + 1;
      while (j < end && j < i + 4 && src[j] >= '0' && src[j] <= '7') {
        v = v * 8 + (src[j] - '0');
        j++;
      }
      if (isBytes) {
        out.write(v & 0xFF);
      } else {
        sb.appendCodePoint(v);
      }
      return j;
    }
    if (!isBytes && e == 'u') {
      return hexEscape(src, i, end, 4, sb, null, "unicode", lone);
    }
    if (!isBytes && e == 'U') {
      return hexEscape(src, i, end, 8, sb, null, "unicode", lone);
    }
    if (!isBytes && e == 'N') {
      return namedEscape(src, i, end, sb);
    }
    // an unknown escape keeps its backslash (CPython warns, and we do not need to)
    put(sb, out, '\\');
    return i + 1;
  }

  private static void put(StringBuilder sb, ByteArrayOutputStream out, int c) {
    if (out != null) {
      out.write(c);
    } else {
      sb.append((char) c);
    }
  }

  private static int hexEscape(char[] src, int i, int end, int digits, StringBuilder sb, ByteArrayOutputStream out,
      String codec, BitSet lone) throws BadLiteral {
    int v = 0;
    int j = i + 2;
    for (int k = 0; k < digits; k++, j++) {
      int d = j < end ? Character.digit(src[j], 16) : -1;
      if (d < 0 || src[j] >= 0x80) {
        String kind = digits == 2 ? "\\xXX" : digits == 4 ? "\\uXXXX" : "\\UXXXXXXXX";
        throw new BadLiteral("(" + codec + " error) '" + codec + "escape' codec can't decode bytes in position "
            + "0-" + (j - i - 1) + ": truncated " + kind + " escape");
      }
      v = v * 16 + d;
    }
    if (out != null) {
      out.write(v);
    } else if (v > Character.MAX_CODE_POINT) {
      throw new BadLiteral("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-"
          + (j - i - 1) + ": illegal Unicode character");
    } else {
      if (v >= Character.MIN_SURROGATE && v <= Character.MAX_SURROGATE && lone != null) {
        lone.set(sb.length());
      }
      sb.appendCodePoint(v);
    }
    return j;
  }

  private static int namedEscape(char[] src, int i, int end, StringBuilder sb) throws BadLiteral {
    int open = i + 2;
    int close = open + 1;
    while (close < end && src[close] != '}') {
      close++;
    }
    if (open >= end || src[open] != '{' || close >= end || close == open + 1) {
      throw new BadLiteral("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-"
          + (Math.min(close, end) - i - 1) + ": malformed \\N character escape");
    }
    String name = new String(src, open + 1, close - open - 1);
    try {
      sb.appendCodePoint(Character.codePointOf(name));
    } catch (IllegalArgumentException e) {
      throw new BadLiteral("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-"
          + (close - i) + ": unknown Unicode character name");
    }
    return close + 1;
  }

  /** The text of an f-string's literal part: escapes (unless raw) and doubled braces decoded. */
  static String fstringMiddle(char[] src, int start, int end, boolean raw, BitSet lone) throws BadLiteral {
    boolean plain = true;
    for (int i = start; i < end; i++) {
      char c = src[i];
      if (c == '\\' || c == '{' || c == '}') {
        plain = false;
        break;
      }
    }
    if (plain) {
      return new String(src, start, end - start);
    }
    StringBuilder sb = new StringBuilder(end - start);
    int i = start;
    while (i < end) {
      char c = src[i];
      if ((c == '{' || c == '}') && i + 1 < end && src[i + 1] == c) {
        sb.append(c);
        i += 2;
      } else if (c == '\\' && !raw) {
        i = escape(src, i, end, sb, null, lone);
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }
}
