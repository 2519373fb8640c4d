package dev.bulwark.python.conformance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says where two AST dumps part ways. Dumps are single lines of up to megabytes, so a line diff
 * is useless: the first differing character, with some text either side, is what a reader needs.
 */
final class DumpDiff {

  private static final int CONTEXT = 70;
  private static final Pattern LINENO = Pattern.compile("lineno=(\\d+)");

  private DumpDiff() {}

  /** Index of the first differing char, or -1 when equal. */
  static int firstDifference(String expected, String actual) {
    int n = Math.min(expected.length(), actual.length());
    for (int i = 0; i < n; i++) {
      if (expected.charAt(i) != actual.charAt(i)) {
        return i;
      }
    }
    return expected.length() == actual.length() ? -1 : n;
  }

  /** A few lines showing both dumps around their first difference, or "" when equal. */
  static String describe(String expected, String actual) {
    int at = firstDifference(expected, actual);
    if (at < 0) {
      return "";
    }
    int from = Math.max(0, at - CONTEXT);
    String hint = sourceLineHint(expected, at);
    return "dumps differ at char " + at + hint + "\n"
        + "      CPython: " + window(expected, from, at) + "\n"
        + "      Bulwark: " + window(actual, from, at) + "\n"
        + "               " + " ".repeat(at - from + (from > 0 ? 1 : 0)) + "^";
  }

  private static String window(String s, int from, int at) {
    int to = Math.min(s.length(), at + CONTEXT);
    String text = (from > 0 ? "…" : "") + s.substring(Math.min(from, s.length()), to) + (to < s.length() ? "…" : "");
    return text.replace("\n", "\\n");
  }

  /**
   * The last {@code lineno=} before the difference names a node that starts at or before it, so it
   * tells roughly which source line to look at.
   */
  private static String sourceLineHint(String dump, int at) {
    Matcher m = LINENO.matcher(dump);
    String last = null;
    int searchFrom = Math.max(0, at - 20_000);
    m.region(searchFrom, Math.min(dump.length(), at));
    while (m.find()) {
      last = m.group(1);
    }
    if (last == null) {
      m.region(Math.min(dump.length(), at), dump.length());
      if (m.find()) {
        last = m.group(1);
      }
    }
    return last == null ? "" : " (near source line " + last + ")";
  }
}
