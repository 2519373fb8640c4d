package dev.bulwark.python.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A PEP 263 encoding declaration, found where CPython 3.13 looks for it when compiling bytes.
 *
 * <p>CPython checks line 1, and line 2 only when line 1 holds nothing but blanks (space, tab, form
 * feed) and perhaps a comment. A line qualifies when it matches {@code ^[ \t\f]*#.*?coding[:=][
 * \t]*([-\w.]+)} with ASCII {@code \w}; we scan for that by hand, which also spares a regex
 * any chance of backtracking on a long first line. CR, LF and CRLF all end a line, as they do
 * once CPython has normalised the newlines.
 *
 * @param name the declared name after {@link #normalName}
 * @param line 1 or 2
 * @param column 1-based byte column of the name within its line
 */
record CodingCookie(String name, int line, int column) {

  /** Looks for a cookie in {@code bytes[start..]}, where {@code start} skips a BOM. */
  static Optional<CodingCookie> find(byte[] bytes, int start) {
    int end1 = lineEnd(bytes, start);
    Optional<CodingCookie> first = inLine(bytes, start, end1, 1);
    if (first.isPresent() || end1 == bytes.length || !blankOrComment(bytes, start, end1)) {
      return first;
    }
    boolean crlf = bytes[end1] == '\r' && end1 + 1 < bytes.length && bytes[end1 + 1] == '\n';
    int start2 = end1 + (crlf ? 2 : 1);
    return inLine(bytes, start2, lineEnd(bytes, start2), 2);
  }

  /**
   * CPython's own renaming of a declared encoding, done before any codec lookup: the first 12
   * characters, lower-cased with {@code _} read as {@code -}, decide whether the name spells
   * UTF-8 ({@code utf-8}, {@code utf-8-*}) or Latin-1 ({@code latin-1}, {@code iso-8859-1},
   * {@code iso-latin-1}, each alone or followed by {@code -*}). Anything else is kept verbatim,
   * which is why {@code utf8} is not {@code utf-8} here: it later goes through the codec registry,
   * and a BOM next to it is an error.
   */
  static String normalName(String declared) {
    String head = declared.substring(0, Math.min(12, declared.length()))
        .toLowerCase(Locale.ROOT).replace('_', '-');
    if (head.equals("utf-8") || head.startsWith("utf-8-")) {
      return "utf-8";
    }
    for (String latin : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
      if (head.equals(latin) || head.startsWith(latin + "-")) {
        return "iso-8859-1";
      }
    }
    return declared;
  }

  private static int lineEnd(byte[] b, int from) {
    int i = from;
    while (i < b.length && b[i] != '\n' && b[i] != '\r') {
      i++;
    }
    return i;
  }

  private static Optional<CodingCookie> inLine(byte[] b, int from, int to, int lineNo) {
    // CPython only looks where "coding" plus one more character still fits in the line, both
    // for the leading '#' and for the word itself.
    int last = to - 7;
    int i = from;
    while (i <= last && isBlank(b[i])) {
      i++;
    }
    if (i > last || b[i] != '#') {
      return Optional.empty();
    }
    for (; i <= last; i++) {
      if (!startsWithCoding(b, i) || (b[i + 6] != ':' && b[i + 6] != '=')) {
        continue;
      }
      int nameStart = i + 7;
      while (nameStart < to && (b[nameStart] == ' ' || b[nameStart] == '\t')) {
        nameStart++;
      }
      int nameEnd = nameStart;
      while (nameEnd < to && isNameByte(b[nameEnd])) {
        nameEnd++;
      }
      // An empty name does not end the search: "# coding: # coding: latin-1" declares latin-1.
      if (nameEnd > nameStart) {
        String declared = new String(b, nameStart, nameEnd - nameStart, StandardCharsets.US_ASCII);
        return Optional.of(new CodingCookie(normalName(declared), lineNo, nameStart - from + 1));
      }
    }
    return Optional.empty();
  }

  /** Whether a line without a cookie still lets CPython look at line 2. */
  private static boolean blankOrComment(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '#') {
        return true;
      }
      if (!isBlank(b[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithCoding(byte[] b, int i) {
    return b[i] == 'c' && b[i + 1] == 'o' && b[i + 2] == 'd' && b[i + 3] == 'i' && b[i + 4] == 'n'
        && b[i + 5] == 'g';
  }

  private static boolean isBlank(byte c) {
    return c == ' ' || c == '\t' || c == '\f';
  }

  private static boolean isNameByte(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '_' || c == '.';
  }
}
