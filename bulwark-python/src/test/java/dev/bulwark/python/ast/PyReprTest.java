package dev.bulwark.python.ast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every expected string below was printed by CPython 3.13.0's {@code repr()}. */
class PyReprTest {

  static Stream<Arguments> strings() {
    return Stream.of(
        Arguments.of("empty", "", "''"),
        Arguments.of("plain", "abc", "'abc'"),
        Arguments.of("single quote picks double quotes", "it's", "\"it's\""),
        Arguments.of("double quotes stay inside single", "say \"hi\"", "'say \"hi\"'"),
        Arguments.of("both quotes escape the single", "it's \"x\"", "'it\\'s \"x\"'"),
        Arguments.of("backslash", "a\\b", "'a\\\\b'"),
        Arguments.of("newline, return, tab", "a\nb\rc\td", "'a\\nb\\rc\\td'"),
        Arguments.of("C0 controls and DEL", "\000\001\033\037\177", "'\\x00\\x01\\x1b\\x1f\\x7f'"),
        Arguments.of("vertical tab and form feed", "\013\014", "'\\x0b\\x0c'"),
        Arguments.of("Latin-1 controls, NBSP, soft hyphen", "\u0080\u0085\u009F\u00A0\u00AD", "'\\x80\\x85\\x9f\\xa0\\xad'"),
        Arguments.of("printable Latin-1", "caf\u00E9 na\u00EFve \u00FF\u00D7", "'caf\u00E9 na\u00EFve \u00FF\u00D7'"),
        Arguments.of("emoji", "\uD83D\uDE00", "'\uD83D\uDE00'"),
        Arguments.of("flag", "\uD83C\uDDEB\uD83C\uDDF7", "'\uD83C\uDDEB\uD83C\uDDF7'"),
        Arguments.of("ZWJ sequence", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "'\uD83D\uDC68\\u200d\uD83D\uDC69\\u200d\uD83D\uDC67'"),
        Arguments.of("zero-width and BOM", "\u200B\u200C\u200D\u2060\uFEFF", "'\\u200b\\u200c\\u200d\\u2060\\ufeff'"),
        Arguments.of("line and paragraph separators", "\u2028\u2029", "'\\u2028\\u2029'"),
        Arguments.of("combining mark", "e\u0301", "'e\u0301'"),
        Arguments.of("bidi controls (Trojan Source)", "\u202E\u2066\u200F", "'\\u202e\\u2066\\u200f'"),
        Arguments.of("private use", "\uE000\uDB80\uDC00\uDBC0\uDC00", "'\\ue000\\U000f0000\\U00100000'"),
        Arguments.of("unassigned", "\u0378\uDBFF\uDFFF\uDB40\uDC80", "'\\u0378\\U0010ffff\\U000e0080'"),
        Arguments.of("lone high surrogate", "x\uD83D", "'x\\ud83d'"),
        Arguments.of("lone low surrogate", "\uDE00y", "'\\ude00y'"),
        Arguments.of("reversed pair stays two lone surrogates", "\uDFFF\uD800", "'\\udfff\\ud800'"),
        Arguments.of("non-ASCII spaces", "\u3000\u2002\u00A0\u1680", "'\\u3000\\u2002\\xa0\\u1680'"),
        Arguments.of("tag characters", "\uDB40\uDC01\uDB40\uDC41", "'\\U000e0001\\U000e0041'"),
        Arguments.of("CJK", "\u6F22\u5B57", "'\u6F22\u5B57'"),
        Arguments.of("Unicode 15.0 emoji", "\uD83E\uDEE8", "'\uD83E\uDEE8'"),
        Arguments.of("Unicode 15.1 ideographic description", "\u2FFC\u31EF", "'\u2FFC\u31EF'"),
        Arguments.of("Unicode 15.1 CJK ext I", "\uD87A\uDFF0", "'\uD87A\uDFF0'"),
        Arguments.of("Unicode 16 not yet assigned", "\uD83E\uDEE9\u2427", "'\\U0001fae9\\u2427'"),
        Arguments.of("astral controls", "\uD834\uDD73\uD82F\uDCA0", "'\\U0001d173\\U0001bca0'"),
        Arguments.of("mixed", "\ttab's \"q\" \\ \u00E9\u200B\uD83D\uDE00\n", "'\\ttab\\'s \"q\" \\\\ \u00E9\\u200b\uD83D\uDE00\\n'")
    );
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("strings")
  void strReprMatchesCPython(String name, String value, String expected) {
    assertThat(PyRepr.str(value)).isEqualTo(expected);
  }

  /** Python's '\ud800\udc00' is two lone surrogates; as Java text it would be U+10000. */
  @Test
  void codePointOverloadKeepsAdjacentLoneSurrogatesApart() {
    assertThat(PyRepr.str(new int[] {0xD800, 0xDC00, 'x'})).isEqualTo("'\\ud800\\udc00x'");
    assertThat(PyRepr.str(new int[] {0x10000, '\'', '"'})).isEqualTo("'\uD800\uDC00\\'\"'");
    assertThat(PyRepr.str(new int[] {'\''})).isEqualTo("\"'\"");
  }

  static Stream<Arguments> byteStrings() {
    return Stream.of(
        Arguments.of("empty", new byte[] {}, "b''"),
        Arguments.of("single quote picks double quotes", new byte[] {105, 116, 39, 115}, "b\"it's\""),
        Arguments.of("double quote alone", new byte[] {34}, "b'\"'"),
        Arguments.of("both quotes", new byte[] {39, 34}, "b'\\'\"'"),
        Arguments.of("backslash", new byte[] {97, 92, 98}, "b'a\\\\b'"),
        Arguments.of("whitespace escapes", new byte[] {9, 10, 13}, "b'\\t\\n\\r'"),
        Arguments.of("controls, DEL, high bytes", new byte[] {0, 1, 31, 127, -128, -23, -1}, "b'\\x00\\x01\\x1f\\x7f\\x80\\xe9\\xff'"),
        Arguments.of("printable edges", new byte[] {32, 65, 126}, "b' A~'"),
        Arguments.of("form feed and vertical tab", new byte[] {12, 11}, "b'\\x0c\\x0b'")
    );
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("byteStrings")
  void bytesReprMatchesCPython(String name, byte[] value, String expected) {
    assertThat(PyRepr.bytes(value)).isEqualTo(expected);
  }

  @Test
  void everyByteValueOutsidePrintableAsciiIsHexEscaped() {
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    String repr = PyRepr.bytes(all);
    assertThat(repr).startsWith("b'\\x00\\x01").contains("\\x1f !\"#$%&\\'()").contains("|}~\\x7f\\x80")
        .endsWith("\\xfe\\xff'");
  }

  /** CPython 3.13 counts 149,625 printable code points (Unicode 15.1); this pins the whole table. */
  @Test
  void printableTableAgreesWithCPythonOnTheTotal() {
    long printable = IntStream.rangeClosed(0, Character.MAX_CODE_POINT).filter(PyRepr::isPrintable).count();
    assertThat(printable).isEqualTo(149_625L);
  }

  static Stream<Arguments> floats() {
    return Stream.of(
        Arguments.of(0.1, "0.1", "0.1j"),
        Arguments.of(1.0 / 3, "0.3333333333333333", "0.3333333333333333j"),
        Arguments.of(2.0 / 3, "0.6666666666666666", "0.6666666666666666j"),
        Arguments.of(5e-324, "5e-324", "5e-324j"),
        Arguments.of(5e-310, "5e-310", "5e-310j"),
        Arguments.of(2.2250738585072014e-308, "2.2250738585072014e-308", "2.2250738585072014e-308j"),
        Arguments.of(1.7976931348623157e308, "1.7976931348623157e+308", "1.7976931348623157e+308j"),
        Arguments.of(1e22, "1e+22", "1e+22j"),
        // Java 17's Double.toString prints 9.999999999999999E22 and 1.9999999999999998E23 here.
        Arguments.of(1e23, "1e+23", "1e+23j"),
        Arguments.of(2e23, "2e+23", "2e+23j"),
        // ... and an 18th digit here: 1.37342863480957901E18.
        Arguments.of(1.373428634809579e18, "1.373428634809579e+18", "1.373428634809579e+18j"),
        Arguments.of(-9.334465534579821e17, "-9.334465534579821e+17", "-9.334465534579821e+17j"),
        Arguments.of(1e16, "1e+16", "1e+16j"),
        Arguments.of(9999999999999998.0, "9999999999999998.0", "9999999999999998j"),
        Arguments.of(1e15, "1000000000000000.0", "1000000000000000j"),
        Arguments.of(123456789012345.0, "123456789012345.0", "123456789012345j"),
        Arguments.of(1234567890123456.0, "1234567890123456.0", "1234567890123456j"),
        Arguments.of(12345678901234567.0, "1.2345678901234568e+16", "1.2345678901234568e+16j"),
        Arguments.of(9007199254740993.0, "9007199254740992.0", "9007199254740992j"),
        Arguments.of(Math.scalb(1.0, 63), "9.223372036854776e+18", "9.223372036854776e+18j"),
        Arguments.of(2.5e-5, "2.5e-05", "2.5e-05j"),
        Arguments.of(1.5e-5, "1.5e-05", "1.5e-05j"),
        Arguments.of(1e-5, "1e-05", "1e-05j"),
        Arguments.of(123e-7, "1.23e-05", "1.23e-05j"),
        Arguments.of(0.00001234, "1.234e-05", "1.234e-05j"),
        Arguments.of(0.0001, "0.0001", "0.0001j"),
        Arguments.of(0.001, "0.001", "0.001j"),
        Arguments.of(1.0, "1.0", "1j"),
        Arguments.of(100.0, "100.0", "100j"),
        Arguments.of(-1.5, "-1.5", "-1.5j"),
        Arguments.of(4.35, "4.35", "4.35j"),
        Arguments.of(0.3, "0.3", "0.3j"),
        Arguments.of(3.141592653589793, "3.141592653589793", "3.141592653589793j"),
        Arguments.of(1e100, "1e+100", "1e+100j"),
        Arguments.of(1e300, "1e+300", "1e+300j"),
        // Powers of two where the shortest digits lie on the far side of the nearest rounding.
        Arguments.of(Math.scalb(1.0, -1017), "7.120236347223045e-307", "7.120236347223045e-307j"),
        Arguments.of(7.291122019556398e-304, "7.291122019556398e-304", "7.291122019556398e-304j"),
        Arguments.of(0.0, "0.0", "0j"),
        Arguments.of(-0.0, "-0.0", "-0j"),
        Arguments.of(Double.POSITIVE_INFINITY, "inf", "infj"),
        Arguments.of(Double.NEGATIVE_INFINITY, "-inf", "-infj"),
        Arguments.of(Double.NaN, "nan", "nanj"),
        // CPython never signs a NaN.
        Arguments.of(Double.longBitsToDouble(0xfff8000000000000L), "nan", "nanj"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("floats")
  void floatAndImaginaryReprMatchCPython(double value, String expectedFloat, String expectedImaginary) {
    assertThat(PyRepr.floatRepr(value)).isEqualTo(expectedFloat);
    assertThat(PyRepr.imaginaryRepr(value)).isEqualTo(expectedImaginary);
  }
}
