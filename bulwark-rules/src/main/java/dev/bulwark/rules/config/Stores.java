package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.rules.RuleContext;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The places a value is stored under a name that says what it is for: assignments and dict
 * literal entries. Rules about settings and secrets judge the value by that name.
 */
final class Stores {
  private Stores() {}

  /**
   * Hands {@code action} each target of an assignment statement with the value stored there
   * ({@code a = b = v} gives two pairs; an annotation without a value gives none). Any other
   * node gives none.
   */
  static void forEachAssignment(Node node, BiConsumer<Expr, Expr> action) {
    if (node instanceof Stmt.Assign a) {
      for (Expr target : a.targets()) {
        action.accept(target, a.value());
      }
    } else if (node instanceof Stmt.AnnAssign a && a.value() != null) {
      action.accept(a.target(), a.value());
    }
  }

  /** Hands {@code action} each entry of a dict literal whose key folds to a string, with that string. */
  static void forEachConstantKey(Expr.Dict d, RuleContext context, BiConsumer<String, Expr> action) {
    for (int i = 0; i < d.keys().size(); i++) {
      Expr key = d.keys().get(i);
      Optional<String> name = key == null ? Optional.empty() : context.constantString(key);
      if (name.isPresent()) {
        action.accept(name.get(), d.values().get(i));
      }
    }
  }

  /**
   * The name a store goes to: a variable ({@code password}), an attribute ({@code self.password}),
   * or a subscript with a constant key ({@code config["password"]}). Empty for anything else.
   */
  static Optional<String> targetName(Expr target, RuleContext context) {
    if (target instanceof Expr.Name n) {
      return Optional.of(n.id());
    }
    if (target instanceof Expr.Attribute a) {
      return Optional.of(a.attr());
    }
    if (target instanceof Expr.Subscript s) {
      return context.constantString(s.slice());
    }
    return Optional.empty();
  }
}
