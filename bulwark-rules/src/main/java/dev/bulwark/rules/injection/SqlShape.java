package dev.bulwark.rules.injection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a string template starts an SQL statement, by its grammar rather than by
 * searching for a keyword anywhere: {@code SELECT ... FROM t}, {@code INSERT INTO t},
 * {@code UPDATE t ... SET}, {@code DELETE FROM t}, {@code REPLACE INTO t}, {@code MERGE INTO t},
 * {@code WITH x AS (...)}, and {@code CREATE}/{@code DROP}/{@code ALTER} of a schema object.
 * Keywords must be written all in capitals or all in small letters, which keeps out prose such
 * as "Select a file from the list".
 */
final class SqlShape {
  private SqlShape() {}

  private static final Set<String> OBJECTS = Set.of("table", "view", "index", "database", "schema", "trigger",
      "function", "procedure", "sequence", "user", "role", "type", "extension", "column", "constraint");
  private static final Set<String> CREATE_MODIFIERS = Set.of("or", "replace", "temp", "temporary", "unique",
      "materialized", "virtual", "global", "local", "unlogged", "if", "not", "exists");
  private static final Set<String> DML = Set.of("select", "insert", "update", "delete");

  /** One token: a word, a placeholder for a computed value, a quoted name, or one punctuation character. */
  private record Token(String text, boolean name) {
    boolean is(String keyword) {
      return name && text.equalsIgnoreCase(keyword) && (text.equals(text.toUpperCase(Locale.ROOT))
          || text.equals(text.toLowerCase(Locale.ROOT)));
    }
  }

  /** Whether the template (constant text with {@link StringTemplate} markers) starts an SQL statement. */
  static boolean startsStatement(String template) {
    List<Token> t = tokens(template);
    int i = 0;
    while (i < t.size() && t.get(i).text().equals("(")) {
      i++;
    }
    if (i < t.size() && t.get(i).is("explain")) {
      i++;
    }
    if (i >= t.size()) {
      return false;
    }
    Token first = t.get(i);
    if (first.is("select")) {
      int from = find(t, i + 1, "from");
      return from > 0 && isTableRef(t, from + 1);
    }
    if (first.is("insert") || first.is("replace") || first.is("merge")) {
      int into = find(t, i + 1, "into");
      return into > 0 && into <= i + 4 && isTableRef(t, into + 1);
    }
    if (first.is("update")) {
      return isTableRef(t, i + 1) && find(t, i + 2, "set") > 0;
    }
    if (first.is("delete")) {
      int from = find(t, i + 1, "from");
      return from > 0 && from <= i + 3 && isTableRef(t, from + 1);
    }
    if (first.is("with")) {
      int as = find(t, i + 1, "as");
      return as > 0 && as + 1 < t.size() && t.get(as + 1).text().equals("(") && hasDml(t, as + 2);
    }
    if (first.is("create") || first.is("drop") || first.is("alter")) {
      int k = i + 1;
      while (k < t.size() && t.get(k).name() && CREATE_MODIFIERS.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
        k++;
      }
      return k < t.size() && isKeywordOf(t.get(k), OBJECTS) && isTableRef(t, k + 1);
    }
    return false;
  }

  private static boolean hasDml(List<Token> t, int from) {
    for (int k = from; k < t.size(); k++) {
      if (isKeywordOf(t.get(k), DML)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isKeywordOf(Token token, Set<String> words) {
    return token.name() && words.contains(token.text().toLowerCase(Locale.ROOT)) && token.is(token.text());
  }

  /** The index of the first {@code keyword} at or after {@code from}, or -1. */
  private static int find(List<Token> t, int from, String keyword) {
    for (int k = from; k < t.size(); k++) {
      if (t.get(k).is(keyword)) {
        return k;
      }
    }
    return -1;
  }

  /** Whether a table (a name, a quoted name, a computed value or a sub-query) stands at {@code k}. */
  private static boolean isTableRef(List<Token> t, int k) {
    return k < t.size() && (t.get(k).name() || t.get(k).text().equals("("));
  }

  private static List<Token> tokens(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("--", i)) {
        int end = s.indexOf('\n', i);
        i = end < 0 ? s.length() : end + 1;
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        i = end < 0 ? s.length() : end + 2;
      } else if (c == StringTemplate.HOLE || c == StringTemplate.SAFE) {
        out.add(new Token(String.valueOf(c), true));
        i++;
      } else if (Character.isLetter(c) || c == '_') {
        int end = i + 1;
        while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_'
            || s.charAt(end) == '$')) {
          end++;
        }
        out.add(new Token(s.substring(i, end), true));
        i = end;
      } else if (c == '"' || c == '`' || c == '[') {
        int end = s.indexOf(c == '[' ? ']' : c, i + 1);
        i = end < 0 ? s.length() : end + 1;
        // A quoted identifier names a table or column just as a bare word does.
        out.add(new Token("\"\"", true));
      } else {
        out.add(new Token(String.valueOf(c), false));
        i++;
      }
    }
    return out;
  }
}
