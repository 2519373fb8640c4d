package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.rules.RuleContext;

/** Looks through a name to the value it was set to, when that value is certain. */
final class SingleAssignment {
  private SingleAssignment() {}

  /**
   * The value a name is bound to when its only binding is one plain assignment
   * ({@code html = f"..."}), so a rule can judge the value where the name is used; null otherwise,
   * or when the assignment's value is not in the tree (unpacking, for loops).
   */
  static Expr valueOf(Expr.Name n, RuleContext context) {
    return context.model().boundValue(n.id(), context.scope()).map(b -> b.value()).orElse(null);
  }
}
