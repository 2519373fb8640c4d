package dev.bulwark.rules.config;

import dev.bulwark.rules.ModuleRoots;
import java.util.Set;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.BoundArguments;
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.Optional;

/** A Jinja2 environment or template that does not escape HTML. */
public final class Jinja2AutoescapeRule extends CallRule {

  private static final List<String> ENVIRONMENTS =
      Signatures.known().requireAll(List.of("jinja2.Environment", "jinja2.environment.Environment",
          "jinja2.sandbox.SandboxedEnvironment", "jinja2.Template", "jinja2.environment.Template"));

  private static final RuleMetadata METADATA = new RuleMetadata("BW701", "jinja2-autoescape-false",
      "Jinja2 environment without HTML autoescaping", Severity.HIGH, Confidence.HIGH, List.of(79, 94),
      List.of("B701", "S701"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `jinja2.Environment`, `SandboxedEnvironment` and `jinja2.Template` created with "
              + "`autoescape=False` (or another false constant), reported with high confidence, or without "
              + "an `autoescape` argument at all, where Jinja2's default is off, reported with medium "
              + "confidence. `autoescape=True`, `select_autoescape(...)` and any value computed at run time "
              + "are accepted.",
          "With autoescaping off, every `{{ value }}` is inserted into the page as is. Any user-supplied "
              + "value that contains markup becomes live HTML and script (cross-site scripting), and a "
              + "template that builds other templates can be pushed into template injection.",
          "env = jinja2.Environment(loader=jinja2.FileSystemLoader(\"templates\"))",
          "env = jinja2.Environment(\n    loader=jinja2.FileSystemLoader(\"templates\"),\n"
              + "    autoescape=jinja2.select_autoescape([\"html\", \"xml\"]),\n)",
          "Pass autoescape=select_autoescape() (or True) whenever the templates produce HTML or XML.",
          "Environments that render plain text, e-mail bodies, SQL or configuration files do not want HTML "
              + "escaping; their findings are medium confidence when autoescape is simply left out. A call "
              + "that passes `**options` may set autoescape where the rule cannot see, and is not "
              + "reported. Silence one finding with `# bulwark: ignore[BW701]`.",
          List.of("https://cwe.mitre.org/data/definitions/79.html",
              "https://jinja.palletsprojects.com/en/stable/api/#autoescaping")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(ENVIRONMENTS);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (!context.isAnyOf(call.func(), ENVIRONMENTS)) {
      return;
    }
    // autoescape is Environment's seventeenth parameter and Template's eighteenth; SandboxedEnvironment
    // passes its arguments on to Environment
    BoundArguments arguments = context.arguments(call);
    Optional<Expr> autoescape = arguments.argument("autoescape");
    if (autoescape.isPresent()) {
      if (Constants.isFalsy(context.constant(autoescape.get()))) {
        context.report(call, "Jinja2 autoescape is switched off: values are inserted into HTML unescaped");
      }
    } else if (arguments.isAbsent("autoescape")) {
      context.report(call, "Jinja2 escapes nothing unless autoescape is set: pass autoescape=select_autoescape()",
          METADATA.severity(), Confidence.MEDIUM);
    }
  }
}
