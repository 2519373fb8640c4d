package dev.bulwark.rules.injection;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.rules.RuleContext;
import java.util.List;

/** {@code exec} and {@code eval}: builtins that run the Python source given as their first argument. */
abstract class CodeBuiltinRule extends GradedCallRule {

  private final List<String> builtin;
  private final String constantMessage;
  private final String computedMessage;

  CodeBuiltinRule(String builtin, String constantMessage, String computedMessage) {
    this.builtin = List.of(builtin);
    this.constantMessage = constantMessage;
    this.computedMessage = computedMessage;
  }

  @Override
  protected final void checkCall(Expr.Call call, RuleContext context) {
    if (!context.isAnyOf(call.func(), builtin)) {
      return;
    }
    // Any constant counts, bytes included: exec(b"...") runs fixed code too.
    reportGraded(call, context, Values.isConstant(context.argument(call, "source"), context), constantMessage,
        computedMessage);
  }

  @Override
  final java.util.Set<dev.bulwark.taint.SinkKind> taintKinds() {
    return java.util.Set.of(dev.bulwark.taint.SinkKind.CODE);
  }
}
