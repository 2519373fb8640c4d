package dev.bulwark.rules.crypto;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads what identifiers say about the values they hold: {@code csrfToken} is about a token. */
final class Identifiers {
  private Identifiers() {}

  /** The lower-case words of an identifier, split at underscores, digits and camel-case humps. */
  static List<String> words(String identifier) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      if (!Character.isLetter(c)) {
        flush(word, words);
        continue;
      }
      boolean hump = Character.isUpperCase(c) && word.length() > 0
          && (Character.isLowerCase(identifier.charAt(i - 1))
              || (i + 1 < identifier.length() && Character.isLowerCase(identifier.charAt(i + 1))));
      if (hump) {
        flush(word, words);
      }
      word.append(c);
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }

  /** The last word of an identifier (its head noun in English naming), or "" when it has none. */
  static String head(String identifier) {
    List<String> w = words(identifier);
    return w.isEmpty() ? "" : w.get(w.size() - 1);
  }

  /** The word before the head, or "". */
  static String beforeHead(String identifier) {
    List<String> w = words(identifier);
    return w.size() < 2 ? "" : w.get(w.size() - 2);
  }

  /**
   * The identifier an expression is known by: a name, an attribute's last part, a subscript's
   * constant string key ({@code form["password"]}), or the name of the function a call calls.
   */
  static Optional<String> of(Expr e, SemanticModel model, Scope scope) {
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
