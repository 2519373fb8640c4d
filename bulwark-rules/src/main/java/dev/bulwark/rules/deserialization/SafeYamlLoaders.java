package dev.bulwark.rules.deserialization;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.semantic.Binding;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a {@code Loader=} argument of PyYAML is one that builds only plain data. Follows the
 * usual ways of choosing the C loader when it is there: a try/except import, a conditional, {@code getattr}
 * with a fallback, and a local subclass of a safe loader.
 */
final class SafeYamlLoaders {
  private SafeYamlLoaders() {}

  /** Loaders that construct only standard YAML tags (str, int, list, dict ...), never Python objects. */
  static final List<String> SAFE = List.of(
      "yaml.SafeLoader", "yaml.CSafeLoader", "yaml.BaseLoader", "yaml.CBaseLoader",
      "yaml.loader.SafeLoader", "yaml.loader.BaseLoader", "yaml.cyaml.CSafeLoader", "yaml.cyaml.CBaseLoader");

  /** How far names, conditionals and subclasses are followed before the loader counts as unknown. */
  private static final int MAX_DEPTH = 6;

  static boolean isSafe(Expr loader, RuleContext context) {
    return isSafe(loader, context, 0);
  }

  private static boolean isSafe(Expr e, RuleContext context, int depth) {
    if (depth > MAX_DEPTH) {
      return false;
    }
    Optional<String> name = context.qualifiedName(e);
    if (name.isPresent() && SAFE.contains(name.get())) {
      return true;
    }
    if (e instanceof Expr.IfExp choice) {
      return isSafe(choice.body(), context, depth + 1) && isSafe(choice.orelse(), context, depth + 1);
    }
    if (e instanceof Expr.Call call && context.isAnyOf(call.func(), List.of("builtins.getattr"))) {
      return isSafeGetattr(call, context, depth);
    }
    if (e instanceof Expr.Name n) {
      return allBindingsSafe(n, context, depth);
    }
    return false;
  }

  /** {@code getattr(yaml, "CSafeLoader", yaml.SafeLoader)}: both the attribute and the fallback must be safe. */
  private static boolean isSafeGetattr(Expr.Call call, RuleContext context, int depth) {
    if (call.args().size() < 2) {
      return false;
    }
    Optional<String> owner = context.qualifiedName(call.args().get(0));
    Optional<String> attr = context.constantString(call.args().get(1));
    if (owner.isEmpty() || attr.isEmpty() || !SAFE.contains(owner.get() + "." + attr.get())) {
      return false;
    }
    return call.args().size() < 3 || isSafe(call.args().get(2), context, depth + 1);
  }

  /** A name bound in several places (a try/except import, say) is safe only if every binding is. */
  private static boolean allBindingsSafe(Expr.Name n, RuleContext context, int depth) {
    List<Binding> bindings = context.model().bindingsOf(n.id(), context.scope());
    if (bindings.isEmpty()) {
      return false;
    }
    for (Binding b : bindings) {
      boolean safe;
      if (b instanceof Binding.Import i) {
        safe = SAFE.contains(i.qualifiedName());
      } else if (b instanceof Binding.Assignment a) {
        safe = a.value() != null && isSafe(a.value(), context, depth + 1);
      } else if (b instanceof Binding.Definition d && d.node() instanceof Stmt.ClassDef cls) {
        safe = hasSafeBase(cls, context, depth);
      } else {
        safe = false;
      }
      if (!safe) {
        return false;
      }
    }
    return true;
  }

  /**
   * A local subclass of a safe loader counts as safe. It could register a constructor that builds
   * arbitrary objects, but that is rare and not looked for.
   */
  private static boolean hasSafeBase(Stmt.ClassDef cls, RuleContext context, int depth) {
    for (Expr base : cls.bases()) {
      if (isSafe(base, context, depth + 1)) {
        return true;
      }
    }
    return false;
  }
}
