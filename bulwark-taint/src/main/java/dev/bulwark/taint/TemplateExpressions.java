package dev.bulwark.taint;

import java.util.ArrayList;
import java.util.List;

/**
 * Reading the text of a template expression or tag (Jinja2 and Django share the rules that matter
 * here): characters inside quotes are string content, and brackets nest, so a comma or an {@code =}
 * counts only outside both.
 */
final class TemplateExpressions {

  private TemplateExpressions() {}

  /** What {@link #find} looks for: a character outside quotes at the given bracket depth. */
  @FunctionalInterface
  interface Wanted {
    boolean at(int index, int depth);
  }

  /**
   * The first index from {@code from} on whose character is outside quotes and {@code wanted} at the
   * bracket depth after it (an opening bracket counts as inside, its closing one as outside), or -1.
   */
  static int find(String s, int from, Wanted wanted) {
    int depth = 0;
    char quote = 0;
    for (int i = from; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (quote != 0) {
        quote = ch == quote ? 0 : quote;
        continue;
      }
      if (ch == '"' || ch == '\'') {
        quote = ch;
        continue;
      }
      if (ch == '(' || ch == '[' || ch == '{') {
        depth++;
      } else if ((ch == ')' || ch == ']' || ch == '}') && depth > 0) {
        depth--;
      }
      if (wanted.at(i, depth)) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the bracket that closes the one at {@code open}, or the end of {@code s}. */
  static int closing(String s, int open) {
    int i = find(s, open, (at, depth) -> depth == 0 && ")]}".indexOf(s.charAt(at)) >= 0);
    return i < 0 ? s.length() : i;
  }

  /** The parts of an argument or parameter list, split at commas outside quotes and brackets; empty parts dropped at the end. */
  static List<String> split(String list) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int comma = topLevelComma(list, 0); comma >= 0; comma = topLevelComma(list, start)) {
      parts.add(list.substring(start, comma).strip());
      start = comma + 1;
    }
    String last = list.substring(start).strip();
    if (!last.isEmpty()) {
      parts.add(last);
    }
    return parts;
  }

  private static int topLevelComma(String s, int from) {
    return find(s, from, (at, depth) -> depth == 0 && s.charAt(at) == ',');
  }

  /**
   * The index of the next {@code =} that assigns: outside quotes and brackets, and not part of
   * {@code ==}, {@code !=}, {@code <=} or {@code >=}; or -1.
   */
  static int assignmentSign(String s, int from) {
    return find(s, from, (at, depth) -> depth == 0 && s.charAt(at) == '='
        && (at + 1 >= s.length() || s.charAt(at + 1) != '=')
        && (at == 0 || "!<>=".indexOf(s.charAt(at - 1)) < 0));
  }
}
