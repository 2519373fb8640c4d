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
import java.util.List;

/** {@code "*"} in Django's {@code ALLOWED_HOSTS}, which accepts any Host header. */
public final class AllowedHostsWildcardRule implements Rule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW963", "django-allowed-hosts-wildcard",
      "Django ALLOWED_HOSTS accepts any host with \"*\"", Severity.MEDIUM, Confidence.HIGH, List.of(183),
      List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `\"*\"` in a list, tuple or set assigned to `ALLOWED_HOSTS` (also with `+=`, and in "
              + "`ALLOWED_HOSTS.append(\"*\")` or `.extend([...])`). Files whose names mark them as development "
              + "or test settings (`dev.py`, `local_settings.py`, `settings_test.py`) are skipped.",
          "ALLOWED_HOSTS is Django's check of the Host header. With `\"*\"` any value passes, so "
              + "`request.get_host()` and `build_absolute_uri()` return whatever the attacker sent: "
              + "password-reset mails then carry links to the attacker's domain, and caches can be "
              + "poisoned with pages that point there.",
          "ALLOWED_HOSTS = [\"*\"]",
          "ALLOWED_HOSTS = [\"shop.example.com\", \".shop.example.com\"]",
          "List the host names the site really serves; a leading dot allows their subdomains.",
          "Behind a proxy that already rejects unknown hosts the wildcard is harmless, but the rule cannot "
              + "see the proxy; the check also stops guarding if the proxy configuration changes. Silence "
              + "one finding with `# bulwark: ignore[BW963]`.",
          List.of("https://cwe.mitre.org/data/definitions/183.html",
              "https://docs.djangoproject.com/en/stable/ref/settings/#allowed-hosts",
              "https://docs.djangoproject.com/en/stable/topics/security/#host-header-validation")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Class<? extends Node>> nodeKinds() {
    return List.of(Stmt.Assign.class, Stmt.AnnAssign.class, Stmt.AugAssign.class, Expr.Call.class);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (SettingsFiles.isNonProduction(context)) {
      return;
    }
    if (node instanceof Stmt.Assign a && a.targets().stream().anyMatch(AllowedHostsWildcardRule::isAllowedHosts)) {
      wildcards(a.value(), context);
    } else if (node instanceof Stmt.AnnAssign a && isAllowedHosts(a.target())) {
      wildcards(a.value(), context);
    } else if (node instanceof Stmt.AugAssign a && isAllowedHosts(a.target())) {
      wildcards(a.value(), context);
    } else if (node instanceof Expr.Call c && c.func() instanceof Expr.Attribute m && isAllowedHosts(m.value())
        && !c.args().isEmpty()) {
      if (m.attr().equals("append") || m.attr().equals("add")) {
        element(c.args().get(0), context);
      } else if (m.attr().equals("extend") || m.attr().equals("update")) {
        wildcards(c.args().get(0), context);
      }
    }
  }

  private static boolean isAllowedHosts(Expr target) {
    return (target instanceof Expr.Name n && n.id().equals("ALLOWED_HOSTS"))
        || (target instanceof Expr.Attribute a && a.attr().equals("ALLOWED_HOSTS"));
  }

  private void wildcards(Expr value, RuleContext context) {
    List<Expr> elements;
    if (value instanceof Expr.List l) {
      elements = l.elts();
    } else if (value instanceof Expr.Tuple t) {
      elements = t.elts();
    } else if (value instanceof Expr.Set s) {
      elements = s.elts();
    } else {
      return;
    }
    elements.forEach(e -> element(e, context));
  }

  private void element(Expr e, RuleContext context) {
    if (context.constantString(e).map("*"::equals).orElse(false)) {
      context.report(e, "ALLOWED_HOSTS contains \"*\": Django accepts any Host header");
    }
  }
}
