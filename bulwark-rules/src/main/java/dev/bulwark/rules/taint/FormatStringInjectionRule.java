package dev.bulwark.rules.taint;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.taint.SinkKind;
import java.util.List;

/** Request data is used as the template of {@code str.format}, by the taint analysis. */
public final class FormatStringInjectionRule extends TaintRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW816", "format-string-injection",
      "Request data is used as a format string", Severity.MEDIUM, Confidence.MEDIUM, List.of(134), List.of(),
      RuleMetadata.Status.STABLE, "0.2", new RuleDoc(
          "Follows request data to the receiver of `str.format` and `str.format_map`, that is the template itself (`template.format(...)`). Request data passed as an argument to a constant template is a value, not a template, and is not reported.",
          "Replacement fields reach attributes and items of the arguments: a template such as `{user.__init__.__globals__[SECRET_KEY]}` reads module globals, settings and secrets reachable from any object passed to `format`, and the result is often sent back to the sender.",
          "template = request.args[\"template\"]\ntext = template.format(user=current_user)",
          "name = request.args[\"name\"]\ntext = \"Hello {name}\".format(name=name)",
          "Keep templates constant, or let users pick one of a fixed set by key; when users must write templates, use `string.Template` (no attribute access) or a sandboxed template engine, and pass only plain values.",
          "Any object's `format` and `format_map` methods are taken for `str`'s; a tainted receiver of another class's `format` is reported too. `string.Formatter().format(template, ...)` is not followed. Data from the command line, the environment or `input()` belongs to whoever runs the program; it is reported at low severity and confidence. Silence one finding with `# bulwark: ignore[BW816]`.",
          List.of("https://cwe.mitre.org/data/definitions/134.html")));

  public FormatStringInjectionRule() {
    super(SinkKind.FORMAT, "the sender can read attributes of the formatted objects");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
