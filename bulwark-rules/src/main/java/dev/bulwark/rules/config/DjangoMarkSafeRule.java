package dev.bulwark.rules.config;

import dev.bulwark.rules.ModuleRoots;
import java.util.Set;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Django's {@code mark_safe} applied to content this rule cannot see into. */
public final class DjangoMarkSafeRule implements Rule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW308", "django-mark-safe",
      "Django mark_safe on content of unknown origin", Severity.MEDIUM, Confidence.MEDIUM, List.of(79),
      List.of("B308", "S308"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `mark_safe` (and `SafeString`) applied to a variable, an attribute or the result of a call, "
              + "`@mark_safe` used as a decorator, and `mark_safe` passed as a function (`map(mark_safe, "
              + "items)`). Literals and the results of escaping helpers (`format_html`, `escape`, "
              + "`render_to_string`, ...) are not reported, and strings formatted from values are left to "
              + "BW703, which reports them with more certainty.",
          "`mark_safe` tells Django's templates not to escape a string. If any part of it came from a user, "
              + "a `<script>` in that part runs in the browser of everyone who views the page, with their "
              + "session.",
          "def bio_html(user):\n    return mark_safe(user.profile.bio)",
          "def bio_html(user):\n    return format_html(\"<p>{}</p>\", user.profile.bio)",
          "Build HTML with format_html (which escapes its arguments) or in a template, and use mark_safe "
              + "only on markup your code wrote.",
          "The content may well be safe (markup built earlier from escaped pieces, HTML from a trusted "
              + "sanitiser the rule does not know), which is why the confidence is medium. Silence one "
              + "finding with `# bulwark: ignore[BW308]`.",
          List.of("https://cwe.mitre.org/data/definitions/79.html",
              "https://docs.djangoproject.com/en/stable/ref/utils/#django.utils.safestring.mark_safe")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(DjangoSafeString.MARKERS, DjangoSafeString.FUNCTIONS);
  }

  @Override
  public List<Class<? extends Node>> nodeKinds() {
    return List.of(Expr.Call.class, Stmt.FunctionDef.class, Stmt.AsyncFunctionDef.class);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (node instanceof Stmt.FunctionDef f) {
      decorators(f.decoratorList(), context);
    } else if (node instanceof Stmt.AsyncFunctionDef f) {
      decorators(f.decoratorList(), context);
    } else {
      call((Expr.Call) node, context);
    }
  }

  private void decorators(List<Expr> decorators, RuleContext context) {
    for (Expr d : decorators) {
      if (context.isAnyOf(d, DjangoSafeString.MARKERS)) {
        context.report(d, "@mark_safe trusts everything the function returns as HTML");
      }
    }
  }

  private void call(Expr.Call call, RuleContext context) {
    boolean typeCheck = context.isAnyOf(call.func(), List.of("builtins.isinstance", "builtins.issubclass"));
    for (Expr arg : call.args()) {
      boolean reference = arg instanceof Expr.Name || arg instanceof Expr.Attribute;
      if (reference && !typeCheck && context.isAnyOf(arg, DjangoSafeString.FUNCTIONS)) {
        context.report(arg, "mark_safe passed as a function marks whatever it is applied to as safe HTML");
      }
    }
    if (!context.isAnyOf(call.func(), DjangoSafeString.MARKERS) || call.args().isEmpty()) {
      return;
    }
    Expr arg = call.args().get(0);
    if (arg instanceof Expr.Starred || MarkupInput.classify(arg, context) == MarkupInput.Kind.OPAQUE) {
      context.report(call, "mark_safe on content of unknown origin skips HTML escaping");
    }
  }
}
