package dev.bulwark.rules.deserialization;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import dev.bulwark.taint.SinkKind;

/** The check shared by rules whose whole test is "one of these functions was called". */
final class DangerousCalls {
  private DangerousCalls() {}

  /**
   * Reports {@code call} when it calls one of {@code functions}, as {@code "<name>: <risk>"}. When the
   * first argument (the data itself, or the path of the file to read) is fixed in the code, the
   * input is the developer's own, so the finding drops to low severity. When the taint analysis of the
   * scan finds request data reaching the call as a sink of one of {@code taintKinds}, the finding is
   * raised instead ({@link RuleContext#reportInputSensitive}).
   *
   * @return whether the call matched
   */
  static boolean report(Expr.Call call, RuleContext context, List<String> functions, String risk,
      Set<SinkKind> taintKinds) {
    Optional<String> name = context.qualifiedName(call.func());
    if (name.isEmpty() || !functions.contains(name.get())) {
      return false;
    }
    // the data or the file: the first parameter, whatever the callable calls it
    if (Constants.isFixedData(context.arguments(call).first(), context)) {
      context.report(call, name.get() + " on a constant input: " + risk, Severity.LOW, Confidence.HIGH);
    } else {
      context.reportInputSensitive(call, name.get() + ": " + risk, taintKinds);
    }
    return true;
  }
}
