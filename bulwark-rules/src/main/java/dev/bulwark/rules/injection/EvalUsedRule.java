package dev.bulwark.rules.injection;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** A call of the {@code eval} builtin. */
public final class EvalUsedRule extends CodeBuiltinRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW307", "eval-used",
      "Use of the eval builtin", Severity.MEDIUM, Confidence.HIGH, List.of(95, 94), List.of("B307", "S307"),
      RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds calls of the builtin `eval`, by its own name, through `builtins.eval` or through an alias. "
              + "Methods that are merely named `eval` (a model's `eval()`, a tensor's) are left alone.",
          "`eval` evaluates any Python expression, and an expression can call functions, import modules and "
              + "reach the whole runtime (`__import__('os').system(...)`). Stripping the builtins does not "
              + "contain it. A value that reaches `eval` from outside is code the attacker writes.",
          "value = eval(request.args[\"n\"])",
          "value = ast.literal_eval(request.args[\"n\"])  # or int(...), json.loads(...)",
          "Parse data with ast.literal_eval, json.loads or a type constructor such as int; pick behaviour from a "
              + "fixed table instead of evaluating names.",
          "A constant expression string cannot be injected into; it is reported at low severity. "
              + "`ast.literal_eval` is a different function and is never reported. When the taint rules run and request data reaches the call, the finding is raised to "
              + "critical, names the source and its line, and carries the path; BW803 then does not report the "
              + "same call. Inside a request handler the call is reported only when request data reaches it: there the "
              + "analysis sees every way the request comes in. Silence one finding with "
              + "`# bulwark: ignore[BW307]`.",
          List.of("https://cwe.mitre.org/data/definitions/95.html",
              "https://docs.python.org/3/library/functions.html#eval")));

  public EvalUsedRule() {
    super("builtins.eval", "eval of a constant expression string",
        "eval of a value computed at run time: anyone who controls it runs Python in this process");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
