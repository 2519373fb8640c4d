package dev.bulwark.rules.injection;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.Optional;

/** A Jinja2 template whose source text is computed at run time (server-side template injection). */
public final class TemplateInjectionRule extends CallRule {

  private static final List<String> TEMPLATE_FUNCTIONS =
      Signatures.known().requireAll(List.of("jinja2.Template", "jinja2.environment.Template",
          "flask.render_template_string", "flask.templating.render_template_string"));
  private static final String FROM_STRING = Signatures.known().require("jinja2.Environment.from_string").name();
  private static final List<String> SANDBOXES = List.of("jinja2.sandbox.SandboxedEnvironment",
      "jinja2.sandbox.ImmutableSandboxedEnvironment");

  private static final RuleMetadata METADATA = new RuleMetadata("BW906", "jinja2-template-injection",
      "Jinja2 template compiled from text computed at run time", Severity.HIGH, Confidence.HIGH,
      List.of(1336, 94), List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `jinja2.Template(...)`, `Environment.from_string(...)` and Flask's "
              + "`render_template_string(...)` whose template source is not a constant string. Sources built "
              + "with an f-string, `%`, `str.format` or `+` are reported at high severity; other computed "
              + "sources (a variable, a value read from somewhere) at medium severity and low confidence.",
          "A template is a program: `{{ ... }}` evaluates expressions that can walk from any object to "
              + "Python's internals (`''.__class__.__mro__[1].__subclasses__()`) and run commands. Text that "
              + "reaches the template source, rather than the render context, lets its author run code on the "
              + "server.",
          "return render_template_string(f\"<h1>Hello {name}</h1>\")",
          "return render_template_string(\"<h1>Hello {{ name }}</h1>\", name=name)",
          "Keep template sources constant (or in template files) and pass values as render variables; if users "
              + "must write templates, render them in jinja2.sandbox.SandboxedEnvironment.",
          "Templates loaded from the application's own files or database by a variable are reported at low "
              + "confidence; if their authors are trusted, silence the finding with `# bulwark: ignore[BW906]`. "
              + "`from_string` on an environment created from `SandboxedEnvironment` in the same scope is not "
              + "reported.",
          List.of("https://cwe.mitre.org/data/definitions/1336.html",
              "https://jinja.palletsprojects.com/en/stable/sandbox/")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    Optional<Expr> source = templateSource(call, context);
    if (source.isEmpty() || context.constantString(source.get()).isPresent() || !isTemplateSink(call, context)) {
      return;
    }
    Optional<StringTemplate> template = StringTemplate.of(source.get(), context, true);
    if (template.isPresent() && template.get().formatted()) {
      if (template.get().hasHoles()) {
        context.report(call, "template source built from a run-time value: pass the value as a render "
            + "variable instead");
      }
    } else {
      context.report(call, "template source is not a constant: whoever writes it can run code on the server",
          Severity.MEDIUM, Confidence.LOW);
    }
  }

  /** The template text of {@code Template(...)}, {@code render_template_string(...)} or {@code from_string(...)}. */
  private static Optional<Expr> templateSource(Expr.Call call, RuleContext context) {
    if (call.func() instanceof Expr.Attribute a && a.attr().equals("from_string")) {
      return context.argument(call, FROM_STRING, "source");
    }
    return context.isAnyOf(call.func(), TEMPLATE_FUNCTIONS) ? context.argument(call, "source") : Optional.empty();
  }

  private static boolean isTemplateSink(Expr.Call call, RuleContext context) {
    if (context.isAnyOf(call.func(), TEMPLATE_FUNCTIONS)) {
      return true;
    }
    if (!(call.func() instanceof Expr.Attribute a) || !a.attr().equals("from_string")) {
      return false;
    }
    if (isSandbox(a.value(), context)) {
      return false;
    }
    return Imports.importsPackage(context, "jinja2") || Imports.importsPackage(context, "flask");
  }

  /** {@code SandboxedEnvironment()} itself, or a name bound once to it. */
  private static boolean isSandbox(Expr receiver, RuleContext context) {
    Expr value = receiver;
    if (receiver instanceof Expr.Name n) {
      Optional<Values.Bound> bound = Values.singleAssignment(n, context.model(), context.scope());
      if (bound.isEmpty()) {
        return false;
      }
      value = bound.get().expr();
      return value instanceof Expr.Call c
          && context.model().qualifiedName(c.func(), bound.get().scope()).map(SANDBOXES::contains).orElse(false);
    }
    return value instanceof Expr.Call c && context.isAnyOf(c.func(), SANDBOXES);
  }
}
