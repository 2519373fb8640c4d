package dev.bulwark.rules;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads identifiers as words, so rules judge names by meaning rather than by substring:
 * {@code csrfToken}, {@code CSRF_TOKEN} and {@code csrf-token2} are all the words "csrf" and "token".
 */
public final class Identifiers {
  private Identifiers() {}

  /**
   * The lower-case words of an identifier, split at every character that is not a letter (so digits
   * and underscores separate words and are dropped) and at camel-case humps.
   */
  public static List<String> words(String identifier) {
    int n = identifier.length();
    if (isPlainLowerWord(identifier)) {
      // the commonest case, "data" or "self", needs neither splitting nor case mapping
      return n == 0 ? List.of() : List.of(identifier);
    }
    List<String> words = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i < n; i++) {
      char c = identifier.charAt(i);
      if (!Character.isLetter(c)) {
        if (start >= 0) {
          words.add(lower(identifier, start, i));
          start = -1;
        }
        continue;
      }
      boolean hump = start >= 0 && Character.isUpperCase(c)
          && (Character.isLowerCase(identifier.charAt(i - 1))
              || (i + 1 < n && Character.isLowerCase(identifier.charAt(i + 1))));
      if (hump) {
        words.add(lower(identifier, start, i));
        start = i;
      } else if (start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      words.add(lower(identifier, start, n));
    }
    return words;
  }

  private static boolean isPlainLowerWord(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  private static String lower(String s, int from, int to) {
    StringBuilder sb = null;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      char l = Character.toLowerCase(c);
      if (l != c && sb == null) {
        sb = new StringBuilder(to - from).append(s, from, i);
      }
      if (sb != null) {
        sb.append(l);
      }
    }
    return sb == null ? s.substring(from, to) : sb.toString();
  }

  /** The last word of an identifier (its head noun in English naming), or "" when it has none. */
  public static String head(String identifier) {
    List<String> w = words(identifier);
    return w.isEmpty() ? "" : w.get(w.size() - 1);
  }

  /** The word before the head, or "". */
  public static String beforeHead(String identifier) {
    List<String> w = words(identifier);
    return w.size() < 2 ? "" : w.get(w.size() - 2);
  }

  /**
   * The identifier an expression is known by: a name, an attribute's last part, a subscript's
   * constant string key ({@code form["password"]}), or the name of the function a call calls.
   */
  public static Optional<String> of(Expr e, SemanticModel model, Scope scope) {
    if (e instanceof Expr.Name n) {
      return Optional.of(n.id());
    }
    if (e instanceof Expr.Attribute a) {
      return Optional.of(a.attr());
    }
    if (e instanceof Expr.Subscript s) {
      return model.constantString(s.slice(), scope);
    }
    if (e instanceof Expr.Call c) {
      return of(c.func(), model, scope);
    }
    return Optional.empty();
  }
}
