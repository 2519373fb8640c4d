package dev.bulwark.taint;

import dev.bulwark.python.ast.BoolOperator;
import dev.bulwark.python.ast.CmpOperator;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.UnaryOperator;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check that keeps a redirect on this site: a target that starts with {@code /} but with neither
 * {@code //} nor {@code /\} is a path of this host. Browsers read {@code //evil.example} and
 * {@code /\evil.example} as another host, so the check must exclude both; excluding {@code \}
 * anywhere ({@code "\\" not in nxt}) counts as excluding {@code /\}.
 *
 * <p>The facts are read from one branch condition: on a branch where
 * {@code nxt.startswith("/") and not nxt.startswith(("//", "/\\"))} holds, or where
 * {@code not nxt.startswith("/") or nxt.startswith("//") or nxt.startswith("/\\")} fails.
 */
final class LocalRedirect {
  private LocalRedirect() {}

  /** What one condition says about one name. */
  private static final class Facts {
    boolean startsWithSlash;
    boolean notDoubleSlash;
    boolean notSlashBackslash;
  }

  /** The names that hold a local redirect target on the branch where {@code test} is {@code holds}. */
  static List<String> safeNames(Expr test, boolean holds, SemanticModel model, Scope scope) {
    Map<String, Facts> facts = new HashMap<>();
    collect(test, holds, model, scope, facts);
    List<String> safe = new ArrayList<>();
    facts.forEach((name, f) -> {
      if (f.startsWithSlash && f.notDoubleSlash && f.notSlashBackslash) {
        safe.add(name);
      }
    });
    return safe;
  }

  private static void collect(Expr test, boolean holds, SemanticModel model, Scope scope, Map<String, Facts> out) {
    if (test instanceof Expr.UnaryOp u && u.op() == UnaryOperator.Not) {
      collect(u.operand(), !holds, model, scope, out);
      return;
    }
    if (test instanceof Expr.BoolOp b) {
      // every operand of a true `and` holds, every operand of a false `or` fails; nothing else is known
      if ((b.op() == BoolOperator.And) == holds) {
        b.values().forEach(v -> collect(v, holds, model, scope, out));
      }
      return;
    }
    if (test instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && a.attr().equals("startswith")
        && a.value() instanceof Expr.Name n && c.args().size() == 1 && c.keywords().isEmpty()) {
      Set<String> prefixes = prefixes(c.args().get(0), model, scope);
      if (prefixes == null) {
        return;
      }
      Facts f = out.computeIfAbsent(n.id(), k -> new Facts());
      if (holds && prefixes.equals(Set.of("/"))) {
        f.startsWithSlash = true;
      } else if (!holds) {
        f.notDoubleSlash |= prefixes.contains("//");
        f.notSlashBackslash |= prefixes.contains("/\\") || prefixes.contains("\\");
      }
      return;
    }
    if (test instanceof Expr.Compare c && c.ops().size() == 1 && c.comparators().get(0) instanceof Expr.Name n) {
      boolean absent = (c.ops().get(0) == CmpOperator.NotIn) == holds;
      String needle = model.constantString(c.left(), scope).orElse(null);
      if (absent && needle != null && (c.ops().get(0) == CmpOperator.In || c.ops().get(0) == CmpOperator.NotIn)) {
        Facts f = out.computeIfAbsent(n.id(), k -> new Facts());
        f.notSlashBackslash |= needle.equals("\\");
      }
    }
  }

  /** The constant prefixes a {@code startswith} argument names (a string or a tuple of strings), or null. */
  private static Set<String> prefixes(Expr arg, SemanticModel model, Scope scope) {
    Set<String> r = new HashSet<>();
    if (arg instanceof Expr.Tuple t) {
      for (Expr e : t.elts()) {
        String s = model.constantString(e, scope).orElse(null);
        if (s == null) {
          return null;
        }
        r.add(s);
      }
      return r;
    }
    String s = model.constantString(arg, scope).orElse(null);
    return s == null ? null : Set.of(s);
  }
}
