package dev.bulwark.rules.injection;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** The {@code compile} builtin given source computed at run time. */
public final class CompileBuiltinRule extends CallRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW903", "compile-dynamic-source",
      "Builtin compile() of source computed at run time", Severity.MEDIUM, Confidence.MEDIUM, List.of(95, 94),
      List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds calls of the builtin `compile` whose source is not a constant string. `re.compile` and other "
              + "functions named `compile` are different functions and are not reported.",
          "`compile` turns text into a code object, and the usual next step is `exec` or `eval` of that "
              + "object, which BW102 and BW307 cannot see through. Source that an outsider can influence then "
              + "runs as Python in this process. Even compiling alone can exhaust memory or the stack on "
              + "deliberately deep input.",
          "code = compile(user_formula, \"<formula>\", \"eval\")\nresult = eval(code)",
          "tree = ast.parse(user_formula, mode=\"eval\")\nresult = evaluate_allowed_nodes(tree)  # walk the tree",
          "Parse the input with ast.parse and interpret only the node types you allow, or use a dedicated "
              + "expression library, instead of compiling it to code.",
          "Tools that compile their own source files (build steps, test runners) are reported too; silence "
              + "those with `# bulwark: ignore[BW903]`.",
          List.of("https://cwe.mitre.org/data/definitions/95.html",
              "https://docs.python.org/3/library/functions.html#compile")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (!context.isAnyOf(call.func(), List.of("builtins.compile"))) {
      return;
    }
    if (Values.isConstant(context.argument(call, "source"), context)) {
      return;
    }
    context.report(call, "compile() of source computed at run time: the code object is usually executed next");
  }
}
