package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.rules.RuleContext;
import java.util.Optional;

/** Questions about the object a method is called on. */
final class Receivers {
  private Receivers() {}

  /**
   * Whether a method call's function has no module-level meaning: its receiver is an object (a
   * local, a parameter, an attribute of {@code self}) rather than a module or class the model can
   * name. Names the model cannot find at all come out as {@code builtins.*}; no builtin has the
   * methods these rules look for, so they count as unknown objects too.
   */
  static boolean isObjectMethod(Expr func, RuleContext context) {
    if (!(func instanceof Expr.Attribute)) {
      return false;
    }
    Optional<String> q = context.qualifiedName(func);
    return q.isEmpty() || q.get().startsWith("builtins.");
  }
}
