package dev.bulwark.rules.injection;

import java.util.Set;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.BoundArguments;
import java.util.List;
import java.util.Optional;

/** {@code logging.config.listen()} without a {@code verify} function. */
public final class LoggingConfigListenRule extends CallRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW612", "logging-config-listen",
      "logging.config.listen() without a verify function", Severity.MEDIUM, Confidence.HIGH, List.of(94),
      List.of("B612", "S612"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds calls of `logging.config.listen` that do not pass `verify`, or pass `None`.",
          "The listener accepts new logging configuration over a socket and applies it. A configuration can "
              + "name handler and filter classes and their arguments, and `fileConfig` input is evaluated, so "
              + "anyone who can reach the port can make the process run code of their choosing. The port "
              + "binds to localhost, which still admits every local user and any service that can be tricked "
              + "into connecting.",
          "thread = logging.config.listen(9999)",
          "thread = logging.config.listen(9999, verify=check_signature)  # rejects unsigned payloads",
          "Pass verify= a function that checks a signature or decrypts the payload and returns None for "
              + "anything not from a trusted sender, or do not open the listener at all.",
          "A verify function that accepts everything passes this rule; the rule cannot judge what the function "
              + "checks. Silence one finding with `# bulwark: ignore[BW612]`.",
          List.of("https://cwe.mitre.org/data/definitions/94.html",
              "https://docs.python.org/3/library/logging.config.html#logging.config.listen")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return Set.of("logging");
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (!context.isAnyOf(call.func(), List.of("logging.config.listen"))) {
      return;
    }
    BoundArguments arguments = context.arguments(call);
    Optional<Expr> verify = arguments.argument("verify");
    boolean none = verify.isPresent()
        && context.constant(verify.get()).map(c -> c instanceof PyConstant.PyNone).orElse(false);
    if (arguments.isAbsent("verify") || none) {
      context.report(call, "logging.config.listen() applies configuration from a socket without verifying it");
    }
  }
}
