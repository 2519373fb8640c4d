package dev.bulwark.rules.injection;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;

/**
 * The rules that report every call of something that runs code or a command line (exec, eval, the
 * shell functions, paramiko's exec_command) and grade each finding by what the call runs. A
 * constant cannot be injected into, so it is reported at low severity; the call is there all the
 * same, so the rule's own confidence stays. Anything else keeps the rule's grade.
 */
abstract class GradedCallRule extends CallRule {

  /**
   * The taint sink kinds that raise a finding of a computed value when request data reaches the call
   * (see {@link RuleContext#reportInputSensitive}); none by default.
   */
  java.util.Set<dev.bulwark.taint.SinkKind> taintKinds() {
    return java.util.Set.of();
  }

  protected final void reportGraded(Expr.Call call, RuleContext context, boolean constant, String constantMessage,
      String computedMessage) {
    if (constant) {
      context.reportInputSensitive(call, constantMessage, Severity.LOW, metadata().confidence(), taintKinds());
    } else {
      context.reportInputSensitive(call, computedMessage, taintKinds());
    }
  }
}
