package dev.bulwark.taint;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the shape of a string built in one scope tells the analysis: the constant text it starts with
 * (a fixed host or directory), and format conversions that cannot carry a line break.
 */
final class BuiltStrings {
  private final SemanticModel model;
  private final Scope scope;

  BuiltStrings(SemanticModel model, Scope scope) {
    this.model = model;
    this.scope = scope;
  }

  /** The constant text a built string starts with: {@code "/a/" + x}, {@code f"/a/{x}"}, {@code "/a/%s" % x}. */
  String constantPrefix(Expr e) {
    String whole = model.constantString(e, scope).orElse(null);
    if (whole != null) {
      return whole;
    }
    if (e instanceof Expr.BinOp b && b.op() == dev.bulwark.python.ast.Operator.Add) {
      String left = model.constantString(b.left(), scope).orElse(null);
      if (left == null) {
        return constantPrefix(b.left());
      }
      String right = constantPrefix(b.right());
      return right == null ? left : left + right;
    }
    if (e instanceof Expr.BinOp b && b.op() == dev.bulwark.python.ast.Operator.Mod) {
      String format = model.constantString(b.left(), scope).orElse(null);
      return format == null || format.indexOf('%') < 0 ? null : format.substring(0, format.indexOf('%'));
    }
    if (e instanceof Expr.JoinedStr j) {
      StringBuilder sb = new StringBuilder();
      for (Expr v : j.values()) {
        String part = model.constantString(v, scope).orElse(null);
        if (part == null) {
          break;
        }
        sb.append(part);
      }
      return sb.toString();
    }
    return null;
  }

  /** {@code t} made safe for what a constant start of the string protects (a fixed host, a local path). */
  static Taint withPrefix(Taint t, String prefix) {
    Set<SinkKind> kinds = FixedPrefix.protects(prefix);
    return t == null || kinds.isEmpty() ? t : t.sanitized(kinds);
  }

  /** {@code s.replace("\n", ...)}: the result cannot start a forged log line. */
  boolean removesLineBreaks(Expr.Call c, String method) {
    if (!".replace".equals(method) || c.args().isEmpty()) {
      return false;
    }
    String old = model.constantString(c.args().get(0), scope).orElse(null);
    return old != null && (old.indexOf('\n') >= 0 || old.indexOf('\r') >= 0);
  }

  /**
   * Positions of a logging call's arguments that its constant message formats with {@code %r} or a
   * numeric conversion, which cannot carry a line break into the log.
   */
  Set<Integer> escapedLogArguments(Expr.Call c, String method) {
    int msg = ".log".equals(method) ? 1 : 0;
    if (c.args().size() <= msg) {
      return Set.of();
    }
    String format = model.constantString(c.args().get(msg), scope).orElse(null);
    if (format == null) {
      return Set.of();
    }
    List<Boolean> escapes = escapingConversions(format);
    Set<Integer> safe = new HashSet<>();
    for (int i = 0; escapes != null && i < escapes.size(); i++) {
      if (escapes.get(i)) {
        safe.add(msg + 1 + i);
      }
    }
    return safe;
  }

  /**
   * For each positional conversion of a {@code %} format, whether it escapes line breaks ({@code %r}) or
   * accepts only numbers; null when the format uses mapping keys or starred widths.
   */
  static List<Boolean> escapingConversions(String format) {
    List<Boolean> r = new ArrayList<>();
    for (int i = 0; i < format.length(); i++) {
      if (format.charAt(i) != '%') {
        continue;
      }
      int j = i + 1;
      while (j < format.length() && "-#0 +.123456789".indexOf(format.charAt(j)) >= 0) {
        j++;
      }
      if (j >= format.length()) {
        break;
      }
      char conv = format.charAt(j);
      if (conv == '(' || conv == '*') {
        return null;
      }
      if (conv != '%') {
        r.add("rdiuoxXeEfFgG".indexOf(conv) >= 0);
      }
      i = j;
    }
    return r;
  }
}
