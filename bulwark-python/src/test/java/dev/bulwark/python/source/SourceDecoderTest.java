package dev.bulwark.python.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.source.DecodeError.Kind;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected messages are what CPython 3.13.0 printed for {@code compile(data, "f", "exec")} on
 * the same bytes. CPython gives no line for the whole-file errors (it says line 0); the lines
 * and columns asserted for those are ours and point at the culprit.
 */
class SourceDecoderTest {

  /** The bytes of a string whose chars are all below 256, one byte per char. */
  private static byte[] b(String latin1) {
    for (char c : latin1.toCharArray()) {
      if (c > 0xff) {
        throw new IllegalArgumentException("not a byte: " + (int) c);
      }
    }
    return latin1.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static DecodeError error(byte[] bytes) {
    DecodedSource decoded = SourceDecoder.decode(bytes);
    assertThat(decoded.error()).as("an error for %s", decoded.text()).isPresent();
    return decoded.error().get();
  }

  // ---------------------------------------------------------------- UTF-8, the default

  @Test
  void asciiIsUtf8AndComesBackUnchanged() {
    DecodedSource decoded = SourceDecoder.decode(b("import os\r\nx = 1\ry = 2\n"));
    assertThat(decoded.ok()).isTrue();
    assertThat(decoded.encoding()).isEqualTo("utf-8");
    assertThat(decoded.text()).isEqualTo("import os\r\nx = 1\ry = 2\n");
  }

  @Test
  void utf8IsDecoded() {
    DecodedSource decoded = SourceDecoder.decode("caf\u00e9 = '\u2713 \uD83D\uDE00'\n".getBytes(StandardCharsets.UTF_8));
    assertThat(decoded.ok()).isTrue();
    assertThat(decoded.text()).isEqualTo("caf\u00e9 = '\u2713 \uD83D\uDE00'\n");
  }

  @Test
  void emptyFileIsFine() {
    DecodedSource decoded = SourceDecoder.decode(new byte[0]);
    assertThat(decoded).isEqualTo(new DecodedSource("", "utf-8", java.util.Optional.empty()));
  }

  static Stream<Arguments> invalidUtf8MatchingCPython() {
    return Stream.of(
        Arguments.of("invalid start byte", b("abc\u00ff\n"),
            "(unicode error) 'utf-8' codec can't decode byte 0xff in position 3: invalid start byte", 1, 4),
        Arguments.of("on a later line", b("x = 1\nab\u00ff = 2\n"),
            "(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte", 2, 3),
        Arguments.of("after CRLF lines", b("x = 1\r\ny = 2\r\n\u00ff\r\n"),
            "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 3, 1),
        // Position in bytes, column in code points.
        Arguments.of("after multibyte characters", b("\u00c3\u00a9t\u00c3\u00a9\u00ff = 1\n"),
            "(unicode error) 'utf-8' codec can't decode byte 0xff in position 5: invalid start byte", 1, 4),
        Arguments.of("sequence cut short by the end of the file", b("ab\u00e2\u0082"),
            "(unicode error) 'utf-8' codec can't decode bytes in position 2-3: unexpected end of data", 1, 3),
        Arguments.of("invalid continuation after two good bytes", b("ab\u00e2\u0082z = 1\n"),
            "(unicode error) 'utf-8' codec can't decode bytes in position 2-3: invalid continuation byte", 1, 3),
        Arguments.of("invalid continuation at once", b("\u00e2\u00e2 = 1\n"),
            "(unicode error) 'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte", 1, 1),
        // ED A0 80 would be U+D800: the A0 is outside ED's allowed 80..9F.
        Arguments.of("UTF-8-encoded surrogate", b("ab\u00ed\u00a0\u0080\n"),
            "(unicode error) 'utf-8' codec can't decode byte 0xed in position 2: invalid continuation byte", 1, 3),
        Arguments.of("overlong form", b("\u00c0\u00af\n"),
            "(unicode error) 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte", 1, 1),
        Arguments.of("past U+10FFFF", b("\u00f4\u0090\u0080\u0080\n"),
            "(unicode error) 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte", 1, 1),
        Arguments.of("half a BOM", b("\u00ef\u00bbx=1\n"),
            "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte", 1, 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidUtf8MatchingCPython")
  void invalidUtf8IsReportedInCPythonsWords(String name, byte[] bytes, String message, int line, int column) {
    assertThat(error(bytes)).isEqualTo(new DecodeError(message, line, column, Kind.INVALID_UTF8));
  }

  /**
   * Where we knowingly part from compile(), which works per token: it accepts this file (the bad
   * byte is in a comment), and for a string literal it counts from the literal's body and points
   * at its opening quote ({@code position 0}, line 2, column 5).
   */
  @Test
  void invalidUtf8IsReportedWhereverItIs() {
    assertThat(error(b("# \u00ff\n"))).isEqualTo(new DecodeError(
        "(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte", 1, 3,
        Kind.INVALID_UTF8));
    assertThat(error(b("x = 1\ny = \"\u00ff\"\n"))).isEqualTo(new DecodeError(
        "(unicode error) 'utf-8' codec can't decode byte 0xff in position 5: invalid start byte", 2, 6,
        Kind.INVALID_UTF8));
  }

  @Test
  void undecodableBytesStayInTheTextAsEscapes() {
    DecodedSource decoded = SourceDecoder.decode(b("a\u00ffb\u00e2\u0082(\u00c3\u00a9\n"));
    assertThat(decoded.text()).isEqualTo("a\uDCFFb\uDCE2\uDC82(\u00e9\n");
  }

  // ---------------------------------------------------------------- NUL bytes

  @Test
  void nulByteIsRefusedAndLocated() {
    assertThat(error(b("x = 1\ny = 2\u0000\n"))).isEqualTo(
        new DecodeError("source code string cannot contain null bytes", 2, 6, Kind.NULL_BYTE));
  }

  @Test
  void nulByteIsCheckedBeforeAnythingElse() {
    assertThat(error(b("# coding: foobar\n\u0000")).kind()).isEqualTo(Kind.NULL_BYTE);
    assertThat(error(b("\u00ef\u00bb\u00bfx\u0000"))).isEqualTo(
        new DecodeError("source code string cannot contain null bytes", 1, 2, Kind.NULL_BYTE));
    assertThat(error(b("\u00ff\u0000")).kind()).isEqualTo(Kind.NULL_BYTE);
  }

  // ---------------------------------------------------------------- BOM

  @Test
  void bomIsDropped() {
    DecodedSource decoded = SourceDecoder.decode(b("\u00ef\u00bb\u00bfx = 1\n"));
    assertThat(decoded.ok()).isTrue();
    assertThat(decoded.encoding()).isEqualTo("utf-8");
    assertThat(decoded.text()).isEqualTo("x = 1\n");
  }

  @ParameterizedTest
  @CsvSource({"utf-8", "UTF_8", "utf-8-sig", "Utf_8_whatever"})
  void bomAcceptsACookieThatSpellsUtf8(String cookie) {
    DecodedSource decoded = SourceDecoder.decode(b("\u00ef\u00bb\u00bf# coding: " + cookie + "\nx=1\n"));
    assertThat(decoded.ok()).isTrue();
    assertThat(decoded.encoding()).isEqualTo("utf-8");
  }

  @ParameterizedTest
  @CsvSource({
    "latin-1, encoding problem: iso-8859-1 with BOM",
    // Only CPython's own spellings of UTF-8 pass; utf8 is a codec alias, not one of them.
    "utf8,    encoding problem: utf8 with BOM",
    "l1,      encoding problem: l1 with BOM",
  })
  void bomRejectsAnyOtherCookie(String cookie, String message) {
    assertThat(error(b("\u00ef\u00bb\u00bf# coding: " + cookie + "\nx=1\n")))
        .isEqualTo(new DecodeError(message, 1, 11, Kind.BOM_MISMATCH));
  }

  @Test
  void bomConflictIsFoundOnLineTwoToo() {
    assertThat(error(b("\u00ef\u00bb\u00bf#!/bin/py\n# vim: fileencoding=latin-1\nx=1\n")))
        .isEqualTo(new DecodeError("encoding problem: iso-8859-1 with BOM", 2, 21, Kind.BOM_MISMATCH));
  }

  // ---------------------------------------------------------------- where a cookie counts

  @ParameterizedTest
  @ValueSource(strings = {
    "# coding: latin-1\\n",
    "# -*- coding: latin-1 -*-\\n",
    "# vim: set fileencoding=latin-1 :\\n",
    "#coding=latin-1\\n",
    "# coding:   \\t latin-1\\n",
    "   # coding: latin-1\\n",
    "\\f# coding: latin-1\\n",
    "# coding: # coding: latin-1\\n",
    "#!/usr/bin/env python\\n# coding: latin-1\\n",
    "\\n# coding: latin-1\\n",
    " \\t\\f\\n# coding: latin-1\\n",
    "# first\\r\\n# coding: latin-1\\r\\n",
    "#!python\\r# coding: latin-1\\r",
  })
  void cookieIsHonoured(String header) {
    DecodedSource decoded = SourceDecoder.decode(b(unescape(header) + "s = '\u00e9'\n"));
    assertThat(decoded.error()).isEmpty();
    assertThat(decoded.encoding()).isEqualTo("iso-8859-1");
    assertThat(decoded.text()).endsWith("s = '\u00e9'\n");
  }

  @Test
  void cookieOnTheOnlyLineCounts() {
    assertThat(SourceDecoder.decode(b("# coding: latin-1")).encoding()).isEqualTo("iso-8859-1");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "x = 1\\n# coding: latin-1\\n",
    "#\\n#\\n# coding: latin-1\\n",
    "x = '# coding: latin-1'\\n",
    "# coding latin-1\\n",
    "# CODING: latin-1\\n",
    "# coding: \\n",
    "# codin: latin-1\\n",
    // A vertical tab is not one of CPython's blanks, so line 1 is not empty.
    "\\u000b\\n# coding: latin-1\\n",
  })
  void cookieIsIgnored(String header) {
    DecodedSource decoded = SourceDecoder.decode(b(unescape(header) + "s = '\u00e9'\n"));
    assertThat(decoded.encoding()).isEqualTo("utf-8");
    assertThat(decoded.error().map(DecodeError::kind)).contains(Kind.INVALID_UTF8);
  }

  private static String unescape(String s) {
    return s.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t").replace("\\f", "\f")
        .replace("\\u000b", "\u000b");
  }

  @ParameterizedTest
  @CsvSource({
    "utf-8,         utf-8",
    "UTF_8,         utf-8",
    "utf-8-sig,     utf-8",
    "Latin-1,       iso-8859-1",
    "ISO_8859_1,    iso-8859-1",
    "iso-latin-1,   iso-8859-1",
    "latin-1-unix,  iso-8859-1",
    "UTF8,          UTF8",
    "l1,            l1",
    "Cp1252,        Cp1252",
  })
  void encodingIsNamedAsCPythonNamesIt(String cookie, String expected) {
    DecodedSource decoded = SourceDecoder.decode(b("# coding: " + cookie + "\nx = 1\n"));
    assertThat(decoded.error()).isEmpty();
    assertThat(decoded.encoding()).isEqualTo(expected);
  }

  // ---------------------------------------------------------------- declared codecs

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "latin-1,      \u00e9,             \u00e9",
    "charmap,      \u00e9,             \u00e9",
    "cp1252,       \u0080\u0093,       \u20ac\u201c",
    "windows-1252, \u009c,             \u0153",
    "iso-8859-15,  \u00a4,             \u20ac",
    "koi8-r,       \u00c1\u00c2,       \u0430\u0431",
    "mac-roman,    \u008e,             \u00e9",
    // CPython's table has the euro here; Java's has the generic currency sign.
    "mac_cyrillic, \u00ff,             \u20ac",
    "cp437,        \u0082,             \u00e9",
    "tis-620,      \u00a1,             \u0e01",
    "euc-jp,       \u00a4\u00a2,       \u3042",
    "shift_jis,    \u0082\u00a0,       \u3042",
    "gbk,          \u00c4\u00e3,       \u4f60",
    "gb18030,      \u0081\u0030\u0081\u0030, \u0080",
    "big5,         \u00a4\u00a4,       \u4e2d",
    "euc_kr,       \u00b0\u00a1,       \uac00",
    "UTF8,         \u00c3\u00a9,       \u00e9",
    "us.ascii,     abc,                abc",
  })
  void declaredCodecDecodesTheFile(String cookie, String body, String expected) {
    DecodedSource decoded = SourceDecoder.decode(b("# coding: " + cookie + "\ns = \"" + body + "\"\n"));
    assertThat(decoded.error()).isEmpty();
    assertThat(decoded.text()).isEqualTo("# coding: " + cookie + "\ns = \"" + expected + "\"\n");
  }

  static Stream<Arguments> cookieErrors() {
    return Stream.of(
        Arguments.of(b("# coding: foobar\nx=1\n"), "unknown encoding: foobar", 1, 11, Kind.UNKNOWN_ENCODING),
        Arguments.of(b("#!/usr/bin/env python\n# -*- coding: foobar -*-\nx=1\n"),
            "unknown encoding: foobar", 2, 15, Kind.UNKNOWN_ENCODING),
        // A dot survives CPython's lookup only inside an alias (us.ascii works, latin.1 does not).
        Arguments.of(b("# coding: latin.1\n"), "unknown encoding: latin.1", 1, 11, Kind.UNKNOWN_ENCODING),
        // Windows-only codecs are unknown on the Linux CPython we mirror.
        Arguments.of(b("# coding: mbcs\n"), "unknown encoding: mbcs", 1, 11, Kind.UNKNOWN_ENCODING),
        Arguments.of(b("# coding: hex\nx=1\n"),
            "'hex' is not a text encoding; use codecs.decode() to handle arbitrary codecs", 1, 11,
            Kind.NOT_TEXT_ENCODING),
        Arguments.of(b("# coding: rot13\n"),
            "'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs", 1, 11,
            Kind.NOT_TEXT_ENCODING),
        Arguments.of(b("# coding: undefined\n"), "undefined encoding", 1, 11, Kind.CODEC_ERROR),
        Arguments.of(b("# coding: utf-7\nx=1\n"),
            "encoding not supported by Bulwark: utf-7 (CPython's utf_7 codec)", 1, 11,
            Kind.UNSUPPORTED_ENCODING));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("cookieErrors")
  void badCookieIsReported(byte[] bytes, String message, int line, int column, Kind kind) {
    assertThat(error(bytes)).isEqualTo(new DecodeError(message, line, column, kind));
  }

  static Stream<Arguments> codecErrors() {
    return Stream.of(
        Arguments.of(b("# coding: ascii\nx = \"\u00ff\"\n"),
            "'ascii' codec can't decode byte 0xff in position 21: ordinal not in range(128)", 2, 6),
        // The whole file is decoded, so unlike UTF-8 a comment is no hiding place.
        Arguments.of(b("# coding: ascii\n# \u00ff\n"),
            "'ascii' codec can't decode byte 0xff in position 18: ordinal not in range(128)", 2, 3),
        // Positions count each CRLF as one byte, as in CPython's normalised buffer.
        Arguments.of(b("# coding: ascii\r\nx = 1\r\ny = \"\u00ff\"\r\n"),
            "'ascii' codec can't decode byte 0xff in position 27: ordinal not in range(128)", 3, 6),
        Arguments.of(b("# coding: cp1252\nx = 1\r\ny = \"\u0081\"\r\n"),
            "'charmap' codec can't decode byte 0x81 in position 28: character maps to <undefined>", 3, 6),
        Arguments.of(b("# coding: iso-8859-3\nx = \"\u00a5\"\n"),
            "'charmap' codec can't decode byte 0xa5 in position 26: character maps to <undefined>", 2, 6),
        Arguments.of(b("# coding: euc-jp\nx = \"\u00a4\"\n"),
            "'euc_jp' codec can't decode byte 0xa4 in position 22: illegal multibyte sequence", 2, 6),
        // A lead byte at the very end meets the newline CPython appends, so it is illegal, not
        // incomplete.
        Arguments.of(b("# coding: shift_jis\nx = 1 #\u0082"),
            "'shift_jis' codec can't decode byte 0x82 in position 27: illegal multibyte sequence", 2, 8),
        // Declared as utf8 rather than utf-8, UTF-8 too goes through the whole-file path.
        Arguments.of(b("# coding: utf8\nx = 1\n# \u00ff\n"),
            "'utf-8' codec can't decode byte 0xff in position 23: invalid start byte", 3, 3),
        Arguments.of(b("# coding: utf8\nx = 1 #\u00e2\u0082"),
            "'utf-8' codec can't decode bytes in position 22-23: invalid continuation byte", 2, 8),
        Arguments.of(b("# coding: utf-16\nx=1\n"),
            "'utf-16-le' codec can't decode byte 0x0a in position 20: truncated data", 1, 11),
        Arguments.of(b("# coding: utf-32-be\nx=1\n"),
            "'utf-32-be' codec can't decode bytes in position 0-3: code point not in range(0x110000)", 1, 1));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("codecErrors")
  void declaredCodecFailsLikeCPython(byte[] bytes, String message, int line, int column) {
    assertThat(error(bytes)).isEqualTo(new DecodeError(message, line, column, Kind.CODEC_ERROR));
  }

  @Test
  void codecFailureKeepsTheRestOfTheText() {
    DecodedSource decoded = SourceDecoder.decode(b("# coding: ascii\nx = '\u00ff'\ny = 2"));
    assertThat(decoded.text()).isEqualTo("# coding: ascii\nx = '\uDCFF'\ny = 2");
    assertThat(decoded.encoding()).isEqualTo("ascii");
  }
}
