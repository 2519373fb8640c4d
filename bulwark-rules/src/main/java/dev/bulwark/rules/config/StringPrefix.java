package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Operator;
import dev.bulwark.rules.RuleContext;
import java.util.Optional;

/**
 * The part of a string known before the program runs when only its start is fixed:
 * {@code f"https://{host}/x"} starts with {@code https://}, whatever {@code host} is. Enough to
 * know a URL's scheme, which is what the URL rules care about.
 */
final class StringPrefix {
  private StringPrefix() {}

  private static final int MAX_DEPTH = 8;

  /** The known start of {@code e} (the whole text for a constant), or empty when nothing is known. */
  static Optional<String> of(Expr e, RuleContext context) {
    String p = prefix(e, context, 0);
    return Optional.ofNullable(p);
  }

  private static String prefix(Expr e, RuleContext context, int depth) {
    if (e == null || depth > MAX_DEPTH) {
      return null;
    }
    Optional<String> whole = context.constantString(e);
    if (whole.isPresent()) {
      return whole.get();
    }
    if (e instanceof Expr.JoinedStr j) {
      StringBuilder sb = new StringBuilder();
      for (Expr part : j.values()) {
        Optional<String> s = part instanceof Expr.FormattedValue ? Optional.empty() : context.constantString(part);
        if (s.isEmpty()) {
          break;
        }
        sb.append(s.get());
      }
      return sb.length() == 0 ? null : sb.toString();
    }
    if (e instanceof Expr.BinOp b && b.op() == Operator.Add) {
      return prefix(b.left(), context, depth + 1);
    }
    if (e instanceof Expr.BinOp b && b.op() == Operator.Mod) {
      return context.constantString(b.left()).map(f -> upTo(f, '%')).orElse(null);
    }
    if (e instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && a.attr().equals("format")) {
      return context.constantString(a.value()).map(f -> upTo(f, '{')).orElse(null);
    }
    if (e instanceof Expr.Name n) {
      // prefix(null) is null: a name without one plain assignment has no known start
      return prefix(SingleAssignment.valueOf(n, context), context, depth + 1);
    }
    return null;
  }

  private static String upTo(String s, char stop) {
    int i = s.indexOf(stop);
    return i < 0 ? s : s.substring(0, i);
  }

  /** The lower-case scheme a URL prefix starts with ({@code "https"}), or empty if the prefix has none yet. */
  static Optional<String> scheme(String prefix) {
    int colon = prefix.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String s = prefix.substring(0, colon);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = Character.isLetter(c) || (i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.'));
      if (!ok || c > 127) {
        return Optional.empty();
      }
    }
    return Optional.of(s.toLowerCase(java.util.Locale.ROOT));
  }
}
