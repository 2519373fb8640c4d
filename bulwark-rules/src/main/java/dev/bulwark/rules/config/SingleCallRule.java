package dev.bulwark.rules.config;

import java.util.Set;
import dev.bulwark.rules.ModuleRoots;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import java.util.List;

/**
 * The rules that report every call to one dangerous function, whatever its arguments: the call
 * is the whole problem, so they differ only in which function and in what they say about it.
 */
abstract class SingleCallRule extends CallRule {

  private final List<String> functions;
  private final String message;

  /**
   * @param functions qualified names of the function, e.g. {@code ftplib.FTP}
   * @param message what each finding says
   */
  SingleCallRule(List<String> functions, String message) {
    this.functions = functions;
    this.message = message;
  }

  @Override
  public final Set<String> requiredModules() {
    return ModuleRoots.of(functions);
  }

  @Override
  protected final void checkCall(Expr.Call call, RuleContext context) {
    if (context.isAnyOf(call.func(), functions)) {
      context.report(call, message);
    }
  }
}
