package dev.bulwark.rules.taint;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.taint.SinkKind;
import java.util.List;

/** Attacker data reaches eval, exec or compile, by the taint analysis. */
public final class CodeInjectionRule extends TaintRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW803", "code-injection",
      "Attacker data reaches eval, exec or compile", Severity.HIGH, Confidence.MEDIUM, List.of(94, 95), List.of(),
      RuleMetadata.Status.STABLE, "0.2", new RuleDoc(
          "Follows attacker data to the code argument of the builtins `eval`, `exec` and `compile`.",
          "These builtins run whatever Python they get. An expression can import modules and call any function, so the sender owns the process, its files and its credentials.",
          "expr = request.args[\"expr\"]\nresult = eval(expr)",
          "expr = request.args[\"expr\"]\nresult = ast.literal_eval(expr)",
          "Parse data with ast.literal_eval, json.loads or a type conversion; choose behaviour from a fixed table.",
          "A restricted globals dictionary does not make `eval` safe and does not silence the rule. Data from the command line, the environment or `input()` belongs to whoever runs the program; it is reported at low severity and confidence. Silence one finding with `# bulwark: ignore[BW803]`.",
          List.of("https://cwe.mitre.org/data/definitions/94.html", "https://cwe.mitre.org/data/definitions/95.html")));

  public CodeInjectionRule() {
    super(SinkKind.CODE, "the sender runs Python code in this process");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
