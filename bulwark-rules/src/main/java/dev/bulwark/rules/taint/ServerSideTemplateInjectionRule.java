package dev.bulwark.rules.taint;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.taint.SinkKind;
import java.util.List;

/** Attacker data becomes the source of a server-side template, by the taint analysis. */
public final class ServerSideTemplateInjectionRule extends TaintRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW809", "server-side-template-injection",
      "Attacker data becomes the source of a server-side template", Severity.HIGH, Confidence.MEDIUM, List.of(1336), List.of(),
      RuleMetadata.Status.STABLE, "0.2", new RuleDoc(
          "Follows attacker data into the template text given to Flask's `render_template_string`, `jinja2.Template`, `Environment.from_string` and Mako's `Template`. Data passed as template variables is not template text and is never reported.",
          "Template languages reach Python objects: `{{ ''.__class__.__mro__[1].__subclasses__() }}` walks to functions that run commands. A template written by the sender is code, not data.",
          "name = request.args[\"name\"]\nreturn render_template_string(\"<h1>Hello \" + name + \"</h1>\")",
          "name = request.args[\"name\"]\nreturn render_template_string(\"<h1>Hello {{ name }}</h1>\", name=name)",
          "Keep the template text constant and pass values as template variables.",
          "A sandboxed Jinja environment limits the damage but is still reported. Data from the command line, the environment or `input()` belongs to whoever runs the program; it is reported at low severity and confidence. Silence one finding with `# bulwark: ignore[BW809]`.",
          List.of("https://cwe.mitre.org/data/definitions/1336.html")));

  public ServerSideTemplateInjectionRule() {
    super(SinkKind.TEMPLATE, "the sender runs template code on the server");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
