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
import dev.bulwark.semantic.CallArguments;
import java.util.List;
import java.util.Optional;

/** A Mako template or lookup that does not HTML-escape its expressions. */
public final class MakoTemplateRule extends CallRule {

  private static final List<String> MAKO = List.of("mako.template.Template", "mako.lookup.TemplateLookup");

  private static final RuleMetadata METADATA = new RuleMetadata("BW702", "mako-templates",
      "Mako template without HTML escaping", Severity.MEDIUM, Confidence.HIGH, List.of(80, 79),
      List.of("B702", "S702"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `mako.template.Template` and `mako.lookup.TemplateLookup` created without the `h` filter in "
              + "`default_filters`. When `default_filters` is a list that includes `\"h\"` (or an escaping "
              + "function such as `markupsafe.escape`), or is computed at run time, the call is not reported.",
          "Mako inserts `${value}` into its output unescaped unless told otherwise. In a template that "
              + "renders HTML, any user-controlled value that contains markup becomes live HTML and script "
              + "in the reader's browser.",
          "lookup = TemplateLookup(directories=[\"templates\"])",
          "lookup = TemplateLookup(directories=[\"templates\"], default_filters=[\"h\"])",
          "Add \"h\" to default_filters for templates that produce HTML (or escape each expression with "
              + "`${value | h}`).",
          "Templates that generate code or text, not HTML (migration scripts, config files), need no "
              + "escaping; the rule cannot tell them apart, and it does not read `| h` filters inside the "
              + "template text. Silence one finding with `# bulwark: ignore[BW702]`.",
          List.of("https://cwe.mitre.org/data/definitions/80.html",
              "https://docs.makotemplates.org/en/latest/filtering.html")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(MAKO);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (!context.isAnyOf(call.func(), MAKO) || CallArguments.hasKeywordUnpacking(call)) {
      return;
    }
    Optional<Expr> filters = CallArguments.keyword(call, "default_filters");
    if (filters.isPresent() && !escapesNothing(filters.get(), context)) {
      return;
    }
    context.report(call, "Mako inserts ${...} unescaped: add \"h\" to default_filters for HTML templates");
  }

  /** A literal list or tuple of filter names without {@code h}; anything computed gets the benefit of the doubt. */
  private static boolean escapesNothing(Expr filters, RuleContext context) {
    List<Expr> names;
    if (filters instanceof Expr.List l) {
      names = l.elts();
    } else if (filters instanceof Expr.Tuple t) {
      names = t.elts();
    } else {
      return false;
    }
    for (Expr n : names) {
      Optional<String> s = context.constantString(n);
      // "h" is Mako's HTML escape; a filter named like an escape function counts too
      if (s.isEmpty() || s.get().equals("h") || s.get().contains("escape")) {
        return false;
      }
    }
    return true;
  }
}
