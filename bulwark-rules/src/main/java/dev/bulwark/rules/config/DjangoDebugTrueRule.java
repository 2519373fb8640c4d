package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.Scope;
import java.util.List;

/** {@code DEBUG = True} in Django settings that are not marked as development settings. */
public final class DjangoDebugTrueRule implements Rule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW962", "django-debug-true",
      "Django settings with DEBUG = True", Severity.MEDIUM, Confidence.MEDIUM, List.of(489, 215),
      List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds a module-level `DEBUG = True` (or another true constant) in a Django settings module: a file "
              + "named like `settings.py` or under a `settings/` package, or any module that defines "
              + "`INSTALLED_APPS`, `ROOT_URLCONF` or `MIDDLEWARE`. Files whose names mark them as development "
              + "or test settings (`dev.py`, `local_settings.py`, `settings_test.py`) are skipped.",
          "With DEBUG on, every error page shows the stack trace, local variables, the SQL queries and most "
              + "settings of the process, and Django keeps every query in memory. A deployed site with "
              + "DEBUG on hands an attacker a map of the code and often credentials.",
          "# settings.py\nDEBUG = True",
          "# settings.py\nDEBUG = os.environ.get(\"DJANGO_DEBUG\") == \"1\"",
          "Default DEBUG to False and turn it on only through the environment of a development machine.",
          "A base settings file that a production file always overrides is still reported, since the rule "
              + "does not follow imports between settings files. Silence one finding with "
              + "`# bulwark: ignore[BW962]`.",
          List.of("https://cwe.mitre.org/data/definitions/489.html",
              "https://docs.djangoproject.com/en/stable/ref/settings/#debug",
              "https://docs.djangoproject.com/en/stable/howto/deployment/checklist/#debug")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Class<? extends Node>> nodeKinds() {
    return List.of(Stmt.Assign.class, Stmt.AnnAssign.class);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (context.scope().kind() != Scope.Kind.MODULE) {
      return;
    }
    Expr value;
    boolean debugTarget;
    if (node instanceof Stmt.Assign a) {
      value = a.value();
      debugTarget = a.targets().stream().anyMatch(t -> t instanceof Expr.Name n && n.id().equals("DEBUG"));
    } else {
      Stmt.AnnAssign a = (Stmt.AnnAssign) node;
      value = a.value();
      debugTarget = a.target() instanceof Expr.Name n && n.id().equals("DEBUG");
    }
    if (!debugTarget || value == null || !(value instanceof Expr.Constant)
        || !Constants.isTruthy(context.constant(value))) {
      return;
    }
    if (SettingsFiles.isDjangoSettings(context) && !SettingsFiles.isNonProduction(context)) {
      context.report((Stmt) node, "DEBUG = True in Django settings shows stack traces and settings to every visitor");
    }
  }
}
