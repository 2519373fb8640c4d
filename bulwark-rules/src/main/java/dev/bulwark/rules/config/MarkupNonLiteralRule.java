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
import java.util.List;

/** {@code Markup(...)} around a value that was not escaped. */
public final class MarkupNonLiteralRule extends CallRule {

  private static final List<String> MARKUP = List.of("markupsafe.Markup", "flask.Markup", "jinja2.Markup",
      "jinja2.utils.Markup");

  private static final RuleMetadata METADATA = new RuleMetadata("BW704", "markupsafe-markup-xss",
      "Markup() around a value that is not a literal", Severity.MEDIUM, Confidence.MEDIUM, List.of(79),
      List.of("B704", "S704"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `markupsafe.Markup` (also imported from `flask` or `jinja2`) called on something other than "
              + "a literal or an escaped value. A string formatted from unescaped values (f-string, `%`, "
              + "`+`, `.format`, `.join`) is reported with high confidence; any other variable or call "
              + "result with medium confidence.",
          "`Markup` declares a string to be safe HTML, so Jinja2 and Flask insert it into pages without "
              + "escaping. Any user-controlled text inside it is then live markup: script runs in the "
              + "visitor's browser.",
          "return Markup(f\"<span class=\\\"tag\\\">{tag_name}</span>\")",
          "return Markup('<span class=\"tag\">{}</span>').format(tag_name)",
          "Keep the markup in a literal and insert values with Markup(...).format() or the % operator on a "
              + "Markup object, both of which escape them; or call escape() on each value first.",
          "HTML produced by a trusted sanitiser or renderer the rule does not know is reported too. "
              + "Silence one finding with `# bulwark: ignore[BW704]`.",
          List.of("https://cwe.mitre.org/data/definitions/79.html",
              "https://markupsafe.palletsprojects.com/en/stable/escaping/")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(MARKUP);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (!context.isAnyOf(call.func(), MARKUP) || call.args().isEmpty()) {
      return;
    }
    Expr arg = call.args().get(0);
    MarkupInput.Kind kind = arg instanceof Expr.Starred ? MarkupInput.Kind.OPAQUE : MarkupInput.classify(arg, context);
    if (kind == MarkupInput.Kind.FORMATTED) {
      context.report(call, "Markup() on a string formatted from unescaped values: use Markup(literal).format(...)",
          METADATA.severity(), Confidence.HIGH);
    } else if (kind == MarkupInput.Kind.OPAQUE) {
      context.report(call, "Markup() on content of unknown origin skips HTML escaping");
    }
  }
}
