package dev.bulwark.rules.deserialization;

import java.util.Set;
import dev.bulwark.rules.ModuleRoots;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;
import dev.bulwark.taint.SinkKind;

/**
 * A rule whose whole test is "one of these functions was called" (see {@link DangerousCalls}): the
 * loaders and XML parsers that are unsafe on untrusted input. A subclass is its metadata plus a
 * constructor call naming the functions and the risk.
 */
abstract class DangerousCallRule extends CallRule {

  private final RuleMetadata metadata;
  private final List<String> functions;
  private final String risk;

  /**
   * @param functions the qualified names of the calls to report
   * @param risk why the call is dangerous, reported as {@code "<function>: <risk>"}
   */
  DangerousCallRule(RuleMetadata metadata, List<String> functions, String risk) {
    this.metadata = metadata;
    this.functions = List.copyOf(functions);
    this.risk = risk;
  }

  @Override
  public final RuleMetadata metadata() {
    return metadata;
  }

  @Override
  public final Set<String> requiredModules() {
    return ModuleRoots.of(functions);
  }

  @Override
  protected final void checkCall(Expr.Call call, RuleContext context) {
    if (!isSafeUse(call, context)) {
      DangerousCalls.report(call, context, functions, risk, taintKinds());
    }
  }

  /**
   * The taint sink kinds that raise this rule's finding when request data reaches the call (see
   * {@link RuleContext#reportInputSensitive}); none by default.
   */
  Set<SinkKind> taintKinds() {
    return Set.of();
  }

  /** Whether the call, though it names a listed function, is made safe by its arguments. */
  boolean isSafeUse(Expr.Call call, RuleContext context) {
    return false;
  }
}
