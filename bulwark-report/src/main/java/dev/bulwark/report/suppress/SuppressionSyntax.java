package dev.bulwark.report.suppress;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the suppression directives in one comment. A comment may hold several, each starting at a
 * {@code #} (e.g. {@code # noqa: E501  # nosec B602}); each runs to the next one or to the end of
 * the comment. Hand-written rather than regular expressions: it runs on every comment of every file.
 */
final class SuppressionSyntax {

  /** One directive read: a suppression, or why the text could not be one. */
  record Parsed(Suppression suppression, String problem, String text) {}

  private enum Start { BULWARK, NOSEC, NOQA }

  private SuppressionSyntax() {}

  static List<Parsed> parse(SuppressionComment comment, RuleResolver resolver) {
    String text = comment.text();
    List<Integer> starts = new ArrayList<>();
    List<Start> kinds = new ArrayList<>();
    List<Integer> bodies = new ArrayList<>();
    for (int i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
      int p = skipSpaces(text, i + 1);
      int end;
      if ((end = keyword(text, p, "bulwark")) >= 0) {
        int colon = skipSpaces(text, end);
        if (colon < text.length() && text.charAt(colon) == ':') {
          starts.add(i);
          kinds.add(Start.BULWARK);
          bodies.add(colon + 1);
        }
      } else if ((end = keyword(text, p, "nosec")) >= 0 && boundary(text, end, true)) {
        starts.add(i);
        kinds.add(Start.NOSEC);
        bodies.add(end);
      } else if ((end = keyword(text, p, "noqa")) >= 0 && boundary(text, end, false)) {
        starts.add(i);
        kinds.add(Start.NOQA);
        bodies.add(end);
      }
    }
    List<Parsed> out = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int start = starts.get(k);
      int end = k + 1 < starts.size() ? starts.get(k + 1) : text.length();
      String segment = text.substring(start, end);
      int body = bodies.get(k) - start;
      Parsed parsed = switch (kinds.get(k)) {
        case BULWARK -> bulwark(comment, segment, body, resolver);
        case NOSEC -> nosec(comment, segment, body, resolver);
        case NOQA -> noqa(comment, segment, body, resolver);
      };
      out.add(parsed);
    }
    return out;
  }

  /**
   * {@code # bulwark: ignore}, {@code # bulwark: ignore[CODE, ...]}, {@code ignore-file} likewise,
   * each optionally followed by {@code -- reason}.
   */
  private static Parsed bulwark(SuppressionComment c, String s, int body, RuleResolver resolver) {
    int p = skipSpaces(s, body);
    int wordEnd = p;
    while (wordEnd < s.length() && (Character.isLetter(s.charAt(wordEnd)) || s.charAt(wordEnd) == '-')) {
      wordEnd++;
    }
    String directive = s.substring(p, wordEnd).toLowerCase(Locale.ROOT);
    Suppression.Kind kind;
    if (directive.equals("ignore")) {
      kind = Suppression.Kind.BULWARK;
    } else if (directive.equals("ignore-file")) {
      kind = Suppression.Kind.BULWARK_FILE;
    } else {
      String quoted = s.strip();
      return new Parsed(null, directive.isEmpty()
          ? "malformed suppression '" + quoted + "': expected 'ignore' or 'ignore-file' after 'bulwark:'"
          : "malformed suppression '" + quoted + "': unknown directive '" + directive
              + "' (expected 'ignore' or 'ignore-file')", quoted);
    }
    p = skipSpaces(s, wordEnd);
    List<String> codes = new ArrayList<>();
    boolean listed = false;
    if (p < s.length() && s.charAt(p) == '[') {
      int close = s.indexOf(']', p);
      if (close < 0) {
        String quoted = s.strip();
        return new Parsed(null, "malformed suppression '" + quoted + "': '[' is never closed", quoted);
      }
      listed = true;
      for (String item : s.substring(p + 1, close).split(",", -1)) {
        codes.add(item.strip());
      }
      p = close + 1;
    }
    String written = s.substring(0, p).strip();
    if (listed && codes.stream().anyMatch(String::isEmpty)) {
      return new Parsed(null, "malformed suppression '" + written + "': empty rule code in the list"
          + " (write the codes as [BW602, BW607], or leave the brackets out to cover every rule)", written);
    }
    String rest = s.substring(p).strip();
    String reason = "";
    if (rest.startsWith("--")) {
      reason = rest.substring(2).strip();
      if (reason.regionMatches(true, 0, "reason:", 0, 7)) {
        reason = reason.substring(7).strip();
      }
    } else if (!rest.isEmpty()) {
      return new Parsed(null, "malformed suppression '" + s.strip() + "': unexpected '" + rest
          + "' after the directive (write a reason after ' -- ')", written);
    }
    return resolved(c, kind, written, codes, reason, resolver);
  }

  /**
   * Bandit's {@code # nosec}, optionally followed by codes ({@code B602}, a rule id or name),
   * separated by commas or spaces. Words that are not codes are taken as a comment: a
   * {@code # nosec} without any code covers every rule.
   */
  private static Parsed nosec(SuppressionComment c, String s, int body, RuleResolver resolver) {
    List<String> codes = new ArrayList<>();
    for (String word : s.substring(body).split("[\\s,:]+")) {
      if (!word.isEmpty() && (codeShaped(word) || !resolver.ruleIds(word).isEmpty())) {
        codes.add(word);
      }
    }
    return resolved(c, Suppression.Kind.NOSEC, s.strip(), codes, "", resolver);
  }

  /**
   * Ruff's and flake8's {@code # noqa} (every rule) or {@code # noqa: S602, E501} (those codes;
   * the ones that are no Bulwark rule's alias cover nothing here).
   */
  private static Parsed noqa(SuppressionComment c, String s, int body, RuleResolver resolver) {
    int p = skipSpaces(s, body);
    List<String> codes = new ArrayList<>();
    int end = body;
    if (p < s.length() && s.charAt(p) == ':') {
      p++;
      while (true) {
        int q = p;
        while (q < s.length() && (s.charAt(q) == ',' || Character.isWhitespace(s.charAt(q)))) {
          q++;
        }
        int wordEnd = q;
        while (wordEnd < s.length() && isAsciiLetterOrDigit(s.charAt(wordEnd))) {
          wordEnd++;
        }
        if (wordEnd == q || !codeShaped(s.substring(q, wordEnd))) {
          break;
        }
        codes.add(s.substring(q, wordEnd));
        p = wordEnd;
        end = wordEnd;
      }
    }
    return resolved(c, Suppression.Kind.NOQA, s.substring(0, end).strip(), codes, "", resolver);
  }

  private static Parsed resolved(SuppressionComment c, Suppression.Kind kind, String written, List<String> codes,
      String reason, RuleResolver resolver) {
    Set<String> ids = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String code : codes) {
      Set<String> found = resolver.ruleIds(code);
      if (found.isEmpty()) {
        unknown.add(code);
      }
      ids.addAll(found);
    }
    Suppression s = new Suppression(kind, c.line(), c.column(), written, codes.isEmpty(), ids, unknown, reason);
    return new Parsed(s, null, written);
  }

  /** A code as Bandit, Ruff and flake8 write them: letters, then digits ({@code B602}, {@code PLE2502}). */
  static boolean codeShaped(String word) {
    int i = 0;
    while (i < word.length() && isAsciiLetter(word.charAt(i))) {
      i++;
    }
    int letters = i;
    while (i < word.length() && word.charAt(i) >= '0' && word.charAt(i) <= '9') {
      i++;
    }
    return letters > 0 && i > letters && i == word.length();
  }

  /** The end of {@code word} when it is written (in any case) at {@code at}, or -1. */
  private static int keyword(String s, int at, String word) {
    return s.regionMatches(true, at, word, 0, word.length()) ? at + word.length() : -1;
  }

  /** Whether a keyword ends at {@code at}: the comment ends, or a space, colon (or comma) follows. */
  private static boolean boundary(String s, int at, boolean commaToo) {
    if (at >= s.length()) {
      return true;
    }
    char c = s.charAt(at);
    return Character.isWhitespace(c) || c == ':' || c == '#' || (commaToo && c == ',');
  }

  private static int skipSpaces(String s, int at) {
    while (at < s.length() && (s.charAt(at) == ' ' || s.charAt(at) == '\t')) {
      at++;
    }
    return at;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }
}
