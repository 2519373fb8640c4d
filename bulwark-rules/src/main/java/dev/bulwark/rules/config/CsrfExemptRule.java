package dev.bulwark.rules.config;

import dev.bulwark.rules.ModuleRoots;
import java.util.Set;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.ExprContext;
import dev.bulwark.python.ast.Node;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** A view taken out of CSRF protection. */
public final class CsrfExemptRule implements Rule {

  private static final List<String> DJANGO_EXEMPT = List.of("django.views.decorators.csrf.csrf_exempt");
  private static final List<String> FLASK_WTF_PROTECT = List.of("flask_wtf.CSRFProtect", "flask_wtf.csrf.CSRFProtect");

  private static final RuleMetadata METADATA = new RuleMetadata("BW965", "csrf-exempt",
      "view exempted from CSRF protection", Severity.MEDIUM, Confidence.MEDIUM, List.of(352), List.of(),
      RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds every use of Django's `csrf_exempt`: as a decorator, wrapped around a view in a URL "
              + "configuration (`csrf_exempt(MyView.as_view())`) or passed to `method_decorator`. Also "
              + "finds Flask-WTF's `@csrf.exempt` when `csrf` is a `CSRFProtect` made in the same module.",
          "An exempt view accepts state-changing requests that another site made the user's browser send, "
              + "with the user's cookies. Any page the user visits can then submit forms to it in their "
              + "name: change their e-mail address, transfer money, delete data.",
          "@csrf_exempt\ndef update_email(request):\n    request.user.email = request.POST[\"email\"]\n"
              + "    request.user.save()",
          "def update_email(request):\n    request.user.email = request.POST[\"email\"]\n    request.user.save()",
          "Keep CSRF protection on and send the token from forms and JavaScript; exempt only endpoints that "
              + "authenticate each request by other means (a signature, a bearer token, not cookies).",
          "Webhooks and token-authenticated APIs are rightly exempt, but the rule cannot see how a view "
              + "authenticates; mark those with `# bulwark: ignore[BW965]` and a comment saying why.",
          List.of("https://cwe.mitre.org/data/definitions/352.html",
              "https://docs.djangoproject.com/en/stable/ref/csrf/#django.views.decorators.csrf.csrf_exempt")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(DJANGO_EXEMPT, FLASK_WTF_PROTECT);
  }

  @Override
  public List<Class<? extends Node>> nodeKinds() {
    return List.of(Expr.Name.class, Expr.Attribute.class);
  }

  @Override
  public void check(Node node, RuleContext context) {
    Expr e = (Expr) node;
    ExprContext ctx = e instanceof Expr.Name n ? n.ctx() : ((Expr.Attribute) e).ctx();
    boolean load = ctx == ExprContext.Load;
    if (!load) {
      return;
    }
    if (context.isAnyOf(e, DJANGO_EXEMPT)) {
      context.report(e, "csrf_exempt turns off CSRF protection for this view");
    } else if (e instanceof Expr.Attribute a && a.attr().equals("exempt")
        && Creators.madeBy(a.value(), FLASK_WTF_PROTECT, context)) {
      context.report(e, "csrf.exempt turns off Flask-WTF CSRF protection for this view");
    }
  }
}
