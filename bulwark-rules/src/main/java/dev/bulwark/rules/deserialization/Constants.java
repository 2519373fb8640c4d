package dev.bulwark.rules.deserialization;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.rules.RuleContext;
import java.util.Optional;

/** Questions about constant arguments that several rules of this package ask. */
final class Constants {
  private Constants() {}

  /** Whether the argument is a str or bytes fixed in the code, which an attacker cannot choose. */
  static boolean isFixedData(Optional<Expr> argument, RuleContext context) {
    if (argument.isEmpty()) {
      return false;
    }
    Optional<PyConstant> value = context.constant(argument.get());
    return value.isPresent() && (value.get() instanceof PyConstant.PyStr || value.get() instanceof PyConstant.PyBytes);
  }

  /** Whether the argument is a constant that Python takes as true. */
  static boolean isTrue(Optional<Expr> argument, RuleContext context) {
    return truth(argument, context).orElse(false);
  }

  /** Whether the argument is a constant that Python takes as false ({@code False}, {@code 0}, {@code None}, empty). */
  static boolean isFalse(Optional<Expr> argument, RuleContext context) {
    return !truth(argument, context).orElse(true);
  }

  /** The truth value of a constant argument; empty when it is absent or not constant. */
  private static Optional<Boolean> truth(Optional<Expr> argument, RuleContext context) {
    return argument.flatMap(context::constant).map(PyConstant::truth);
  }
}
