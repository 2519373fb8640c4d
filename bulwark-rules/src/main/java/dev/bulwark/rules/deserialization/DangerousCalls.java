package dev.bulwark.rules.deserialization;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleContext;
import java.util.List;
import java.util.Optional;

/** The check shared by rules whose whole test is "one of these functions was called". */
final class DangerousCalls {
  private DangerousCalls() {}

  /**
   * Reports {@code call} when it calls one of {@code functions}, as {@code "<name>: <risk>"}. When the
   * first argument (the data itself, or the path of the file to read) is fixed in the code, the
   * input is the developer's own, so the finding drops to low severity.
   *
   * @return whether the call matched
   */
  static boolean report(Expr.Call call, RuleContext context, List<String> functions, String risk) {
    Optional<String> name = context.qualifiedName(call.func());
    if (name.isEmpty() || !functions.contains(name.get())) {
      return false;
    }
    // the data or the file: the first parameter, whatever the callable calls it
    if (Constants.isFixedData(context.arguments(call).first(), context)) {
      context.report(call, name.get() + " on a constant input: " + risk, Severity.LOW, Confidence.HIGH);
    } else {
      context.report(call, name.get() + ": " + risk);
    }
    return true;
  }
}
