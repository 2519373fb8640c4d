package dev.bulwark.python.ast;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * CPython 3.13's {@code repr()} for the literal values that appear in a syntax tree: {@code str},
 * {@code bytes}, {@code float} and the imaginary {@code complex} literals.
 *
 * <p>The output is byte-for-byte what Python prints, so that our {@code ast.dump} can be compared
 * with CPython's as plain text.
 */
public final class PyRepr {
  private PyRepr() {}

  /** {@code repr(s)} for a Python {@code str}; unpaired surrogates count as lone code points. */
  public static String str(String s) {
    // codePoints() joins a valid surrogate pair and yields a lone surrogate as itself, which is
    // how CPython sees a str holding an unpaired surrogate.
    return str(s.codePoints().toArray());
  }

  /**
   * {@code repr()} of the Python str made of these code points. Needed when the str holds a lone
   * high surrogate followed by a lone low one: Java text cannot keep those apart from a pair.
   */
  public static String str(int[] codePoints) {
    boolean single = false;
    boolean dbl = false;
    for (int cp : codePoints) {
      single |= cp == '\'';
      dbl |= cp == '"';
    }
    char quote = pickQuote(single, dbl);
    StringBuilder out = new StringBuilder(codePoints.length + 2).append(quote);
    for (int cp : codePoints) {
      appendStrChar(out, cp, quote);
    }
    return out.append(quote).toString();
  }

  /** {@code repr(b)} for a Python {@code bytes}. */
  public static String bytes(byte[] b) {
    boolean single = false;
    boolean dbl = false;
    for (byte x : b) {
      single |= x == '\'';
      dbl |= x == '"';
    }
    char quote = pickQuote(single, dbl);
    StringBuilder out = new StringBuilder(b.length + 3).append('b').append(quote);
    for (byte x : b) {
      int c = x & 0xff;
      if (c == quote || c == '\\') {
        out.append('\\').append((char) c);
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x20 || c >= 0x7f) {
        appendHex(out, 'x', c, 2);
      } else {
        out.append((char) c);
      }
    }
    return out.append(quote).toString();
  }

  /** {@code repr(d)} for a Python {@code float}: the shortest string that reads back as d. */
  public static String floatRepr(double d) {
    return formatDouble(d, true);
  }

  /**
   * {@code repr(complex(0.0, imag))}, i.e. how an imaginary literal such as {@code 2j} prints.
   * CPython formats the imaginary part with the same shortest digits as a float but without the
   * {@code .0} a float gets, so {@code 1j} and not {@code 1.0j}.
   */
  public static String imaginaryRepr(double imag) {
    return formatDouble(imag, false) + "j";
  }

  /** Whether {@code str.isprintable()} holds for this code point (CPython 3.13, Unicode 15.1). */
  public static boolean isPrintable(int codePoint) {
    return Printable.test(codePoint);
  }

  // Single quotes are the default; double quotes only spare an escape when the text has ' and no ".
  private static char pickQuote(boolean hasSingle, boolean hasDouble) {
    return hasSingle && !hasDouble ? '"' : '\'';
  }

  private static void appendStrChar(StringBuilder out, int cp, char quote) {
    if (cp == quote || cp == '\\') {
      out.append('\\').append((char) cp);
    } else if (cp == '\t') {
      out.append("\\t");
    } else if (cp == '\n') {
      out.append("\\n");
    } else if (cp == '\r') {
      out.append("\\r");
    } else if (cp < 0x20 || cp == 0x7f) {
      appendHex(out, 'x', cp, 2);
    } else if (cp < 0x7f || Printable.test(cp)) {
      out.appendCodePoint(cp);
    } else if (cp <= 0xff) {
      appendHex(out, 'x', cp, 2);
    } else if (cp <= 0xffff) {
      appendHex(out, 'u', cp, 4);
    } else {
      appendHex(out, 'U', cp, 8);
    }
  }

  private static void appendHex(StringBuilder out, char kind, int value, int width) {
    String hex = Integer.toHexString(value);
    out.append('\\').append(kind);
    for (int i = hex.length(); i < width; i++) {
      out.append('0');
    }
    out.append(hex);
  }

  /**
   * CPython's {@code float_repr_style = 'short'} layout of the shortest digits: positional
   * notation while the decimal point lands within 16 digits of the first significant digit and
   * no more than 4 zeros separate it from the point, scientific notation otherwise.
   */
  private static String formatDouble(double d, boolean addDotZero) {
    if (Double.isNaN(d)) {
      return "nan"; // CPython never prints a sign for a NaN.
    }
    String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
    if (Double.isInfinite(d)) {
      return sign + "inf";
    }
    Shortest s = d == 0 ? new Shortest("0", 1) : Shortest.of(Math.abs(d));
    String digits = s.digits;
    int n = digits.length();
    int point = s.pointPosition;
    StringBuilder out = new StringBuilder(24).append(sign);
    if (point <= -4 || point > 16) {
      out.append(digits.charAt(0));
      if (n > 1) {
        out.append('.').append(digits, 1, n);
      }
      int exp = point - 1;
      out.append(exp < 0 ? "e-" : "e+");
      if (Math.abs(exp) < 10) {
        out.append('0');
      }
      out.append(Math.abs(exp));
    } else if (point <= 0) {
      out.append("0.");
      for (int i = point; i < 0; i++) {
        out.append('0');
      }
      out.append(digits);
    } else if (point >= n) {
      out.append(digits);
      for (int i = n; i < point; i++) {
        out.append('0');
      }
      if (addDotZero) {
        out.append(".0");
      }
    } else {
      out.append(digits, 0, point).append('.').append(digits, point, n);
    }
    return out.toString();
  }

  /**
   * The shortest decimal that reads back as a given positive double, choosing the one nearest the
   * exact binary value when several have that length (what David Gay's dtoa mode 0 returns, and
   * so what CPython prints). Java 17's {@code Double.toString} sometimes gives a digit too many,
   * hence this search.
   *
   * <p>{@code value = 0.digits * 10^pointPosition}, with {@code digits} free of trailing zeros.
   */
  private static final class Shortest {
    final String digits;
    final int pointPosition;

    Shortest(String digits, int pointPosition) {
      this.digits = digits;
      this.pointPosition = pointPosition;
    }

    static Shortest of(double positive) {
      BigDecimal exact = withinSeventeenDigits(new BigDecimal(positive));
      // Having a round-tripping candidate of p digits implies having one of p + 1 digits (the finer
      // grid keeps every old point), so the shortest length can be found by bisection. Java's own
      // Double.toString always reads back, which gives a tight upper bound to start from.
      int low = 1;
      int high = significantDigits(Double.toString(positive));
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (roundTripping(exact, mid, positive) != null) {
          high = mid;
        } else {
          low = mid + 1;
        }
      }
      BigDecimal best = roundTripping(exact, low, positive);
      if (best == null) {
        throw new AssertionError("no round-tripping decimal for " + positive); // unreachable
      }
      BigDecimal stripped = best.stripTrailingZeros();
      String digits = stripped.unscaledValue().toString();
      return new Shortest(digits, digits.length() - stripped.scale());
    }

    /** The nearest {@code precision}-digit decimal that reads back as {@code value}, or null. */
    private static BigDecimal roundTripping(BigDecimal exact, int precision, double value) {
      BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (readsBackAs(nearest, value)) {
        return nearest;
      }
      // Just above a power of two the gap below is half the gap above, so the nearest
      // candidate can miss while the one on the other side still reads back.
      RoundingMode other = nearest.compareTo(exact) < 0 ? RoundingMode.CEILING : RoundingMode.FLOOR;
      BigDecimal farther = exact.round(new MathContext(precision, other));
      return readsBackAs(farther, value) ? farther : null;
    }

    /** Significant digits in Java's rendering, e.g. 3 for {@code "1.25E-7"}. */
    private static int significantDigits(String javaRepr) {
      int end = javaRepr.indexOf('E');
      String mantissa = (end < 0 ? javaRepr : javaRepr.substring(0, end)).replace(".", "");
      int first = 0;
      while (first < mantissa.length() - 1 && mantissa.charAt(first) == '0') {
        first++;
      }
      int last = mantissa.length();
      while (last > first + 1 && mantissa.charAt(last - 1) == '0') {
        last--;
      }
      return last - first;
    }

    /**
     * A short stand-in for the exact binary value (which runs to hundreds of digits for tiny or
     * huge doubles, making every rounding slow). Truncating to 30 digits and then appending a
     * 1 when anything was cut keeps the value strictly between the same two neighbours of every
     * grid of 17 or fewer digits, so each rounding below, and each comparison with a candidate,
     * comes out as it would on the exact value.
     */
    private static BigDecimal withinSeventeenDigits(BigDecimal exact) {
      if (exact.precision() <= 30) {
        return exact;
      }
      BigDecimal cut = exact.round(new MathContext(30, RoundingMode.DOWN));
      if (cut.compareTo(exact) == 0) {
        return cut;
      }
      BigInteger sticky = cut.unscaledValue().multiply(BigInteger.TEN).add(BigInteger.ONE);
      return new BigDecimal(sticky, cut.scale() + 1);
    }

    private static boolean readsBackAs(BigDecimal candidate, double value) {
      return Double.parseDouble(candidate.toString()) == value;
    }
  }

  /**
   * CPython's {@code str.isprintable()} per code point. Not printable: categories Cc, Cf, Cs, Co,
   * Cn, Zl, Zp and Zs other than the ASCII space. The table comes from Python 3.13 itself
   * (Unicode 15.1) rather than {@link Character#getType}, whose Unicode version follows the JDK and
   * so would drift from CPython as characters get assigned.
   */
  private static final class Printable {
    /**
     * Sorted code points where printability flips, starting from "printable" at 0; stored as
     * base-36 gaps. Regenerate with: {@code b=[c for c in range(0x110001) if (c<0x110000 and not
     * chr(c).isprintable()) != (c>0 and not chr(c-1).isprintable())]} and print the differences.
     */
    private static final String FLIPS =
      "0 w 2n y c 1 ju 2 6 4 7 1 1 1 k 1 b1 1 12 2 1e 2 3 1 1j 8 r 4 6 h m 1 5c 1 1c 2 1n 2 2t "
      + "e 1n 2 1d 2 f 1 s 2 1 1 b 5 v 9 22 1 4h 1 8 2 2 2 m 1 7 1 1 3 4 2 9 2 2 2 4 8 1 4 2 1 5 "
      + "2 p 2 3 1 6 4 2 2 m 1 7 1 2 1 2 1 2 2 1 1 5 4 2 2 3 3 1 7 4 1 1 7 h a 3 1 9 1 3 1 m 1 7 "
      + "1 2 1 5 2 a 1 3 1 3 2 1 f 4 2 c 7 7 1 3 1 8 2 2 2 m 1 7 1 2 1 5 2 9 2 2 2 3 7 3 4 2 1 5 "
      + "2 i a 2 1 6 3 3 1 4 3 2 1 1 1 2 3 2 3 3 3 c 4 5 3 3 1 4 2 1 6 1 e l 5 d 1 3 1 n 1 g 2 9 "
      + "1 3 1 4 7 2 1 3 2 1 2 4 2 a 7 m 1 3 1 n 1 a 1 5 2 9 1 3 1 4 7 2 6 2 1 4 2 a 1 3 c d 1 3 "
      + "1 1f 1 3 1 6 4 g 2 q 1 3 1 i 3 o 1 9 1 1 2 7 3 1 4 6 1 1 1 8 6 a 2 3 c 1m 4 t 11 2 1 1 "
      + "1 5 1 o 1 1 1 n 2 5 1 1 1 7 1 a 2 4 w 20 1 10 4 13 1 10 1 f 1 d 11 5i 1 1 5 1 2 ah 1 4 "
      + "2 7 1 1 1 4 2 15 1 4 2 x 1 4 2 7 1 1 1 4 2 f 1 1l 1 4 2 1v 2 w 3 q 6 2e 2 6 2 hs 1 s 3 "
      + "2h 7 m 9 o 9 k c d 1 3 1 2 c 2m 2 a 6 a 6 e 1 b 6 2h 7 17 5 1y a v 1 c 4 c 4 1 3 16 2 5 "
      + "b 18 4 q 6 b 3 1q 2 1t 1 t 2 b 6 a 6 e 2 v 1d 25 3 1b 1 38 8 1o 3 f 3 1o 7 17 2 b 8 17 "
      + "5 eu 2 6 2 12 2 6 2 8 1 1 1 1 1 1 1 v 2 1h 1 f 1 e 2 6 1 j 2 3 1 9 h o 8 1b h 2 2 r 1 d "
      + "3 x f x f 3w 4 if p b l 1ec 2 w 1 9p 5 19 1 1 5 1 2 1k 7 2 e o 9 7 1 7 1 7 1 7 1 7 1 7 "
      + "1 7 1 7 1 3i y q 1 2h c 5y q g 1 1r 1 2e 2 2v 5 17 1 2m 1 2c b 1c 1 mlp 3 1j 9 9o k 54 "
      + "8 5n 5 2 1 1 1 5 o 1n 3 a 6 1k 8 1y 8 c 6 38 b u 3 26 1 b 4 x 1 1j 9 e 2 a 2 2v o s a 6 "
      + "2 6 2 6 9 7 1 7 1 1o 4 3i 2 a 6 8mc c n 4 1d 6is a6 2 2y 12 7 c 5 5 q 1 5 1 1 1 2 1 2 1 "
      + "3h g cd 2 1i 7 1 w 16 6 1f 1 j 1 4 4 5 1 3r 4 5a 3 6 2 6 2 6 2 3 3 7 1 7 d 2 2 c 1 q 1 "
      + "j 1 2 1 f 2 e y 3f 5 3 4 19 3 2g 1 d 3 1 1b 1a 3m t 3 1d f s 4 10 9 u 5 17 5 u 1 11 4 e "
      + "16 4e 2 a 6 10 4 10 4 14 8 1g b c 1 f 1 7 1 2 1 b 1 f 1 7 1 2 1v 8n 9 m a 8 o 6 1 16 1 "
      + "9 1x 6 2 1 1 18 1 2 3 1 2 n 1 20 8 9 1c j 1 2 5 x 3 r 5 1 1s 1k 4 k 2 1e 1 2 5 8 1 3 1 "
      + "t 2 3 4 a 7 9 7 1s w 13 4 c 9 1i 3 t 2 r 5 q 7 4 c 7 28 21 1j 1f d 1f 7 1a 8 a 86 v 1 "
      + "16 1 3 2 2 23 17 8 16 m q 12 s k n 9 26 4 10 9 1q 1 5 d p 7 a 6 1h 1 i 8 13 9 2o 1 k b "
      + "i 1 1b 1q 7 1 1 1 4 1 f 1 b 6 1n 5 a 6 4 1 8 2 2 2 m 1 7 1 2 1 5 1 a 2 2 2 3 2 1 6 1 5 "
      + "7 2 7 3 5 3v 2k 1 5 u 20 8 a 4m 1i 2 12 y 1x b a 6 d j 1m 6 a 1i r 2 f 4 n 55 1o 2s 2b "
      + "c 8 2 1 2 8 1 2 1 u 1 2 2 c 9 a 1y 8 2 1a 2 b r 20 8 2b d 21 7 a 6u 9 1 19 1 e a t 3 w "
      + "2 m 1 e 21 7 1 2 1 18 3 1 1 2 1 9 8 a 6 6 1 2 1 11 1 2 1 6 7 a 8m p 7 h 1 15 3 s 2e 1 f "
      + "1e d pn 2u 33 1 5 b 5g 218 2r d ts g m 33e g7 6nt ft 7 v 1 a 4 29 1 a 6 u 2 6 a 1y a a "
      + "1 7 1 l 5 j j4 2j 2t 23 4 1l 7 h 1s 5 b 2 e 4qg 8 ye 16 9 6w7 4 1 7 1 2 1 83 f 1 t 3 2 "
      + "1 e 4 8 b0 1s4 2z 5 d 3 9 7 a 2 4 3mo 1a 2 n 9 38 1o 6u a 13 2 22 8 34 l 1y 3e k c k c "
      + "2f 9 p 3r 2d 1 1z 1 2 2 1 2 2 2 4 1 c 1 1 1 7 1 1t 1 4 2 8 1 7 1 s 1 4 1 5 1 1 3 7 1 9g "
      + "2 84 2 ji f 5 1 f uo v 6 6 5x 7 1 h 2 7 1 2 1 5 5 1q x 1 34 19 3 e 2 a 4 2 8w v h 1m 5 "
      + "1 cw 16 km 7 1 4 1 2 1 f 1 5h 2 g 15 24 4 a 4 2 lt 1w 24 1p 5e 4 1 r 1 2 1 1 2 1 1 a 1 "
      + "4 1 1 1 1 6 1 4 1 1 1 1 1 1 3 1 2 1 1 2 1 1 1 1 1 1 1 1 1 1 2 1 1 2 4 1 7 1 4 1 4 1 1 1 "
      + "a 1 h 5 3 1 5 1 h 1g 2 7i 18 4 2s c f 2 f 1 f 1 11 a 4u 1k t d 18 4 9 7 2 e 6 4a rc 4 h "
      + "3 d 3 3b 4 2n 6 c 4 1 f c 4 1k 8 a 6 14 8 u 2 2 26 9g c e 2 d 3 9 7 1a 1 7 8 e 4 9 7 9 "
      + "7 43 1 1j 11 a sm wyo w 37e 6 66 2 4g2 e 5rl f ha 1wi f2 15u 3t7 5 38g f9e8 6o 47bk ";

    private static final int[] BOUNDARIES = decode(FLIPS);

    private static int[] decode(String gaps) {
      String[] parts = gaps.trim().split(" ");
      int[] result = new int[parts.length];
      int at = 0;
      for (int i = 0; i < parts.length; i++) {
        at += Integer.parseInt(parts[i], 36);
        result[i] = at;
      }
      return result;
    }

    static boolean test(int cp) {
      if (cp >= 0x20 && cp < 0x7f) {
        return true;
      }
      int i = java.util.Arrays.binarySearch(BOUNDARIES, cp);
      // Number of flips at or below cp; an odd count means we are inside a non-printable run.
      int flips = i >= 0 ? i + 1 : -i - 1;
      return (flips & 1) == 0;
    }
  }
}
