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

/** Django's {@code mark_safe} on a string formatted from values that were not escaped. */
public final class DjangoMarkSafeFormattedRule extends CallRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW703", "django-mark-safe-formatted",
      "Django mark_safe on a string formatted from unescaped values", Severity.MEDIUM, Confidence.HIGH,
      List.of(80, 79), List.of("B703"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `mark_safe` (and `SafeString`) applied to a string built by an f-string, `%`, `+` with a "
              + "literal, `.format()` or `.join()` in which at least one interpolated value is not a "
              + "constant and not the result of an escaping helper such as `escape` or `format_html`. A "
              + "variable bound once to such a string counts too. Other non-literal arguments are "
              + "reported by BW308.",
          "The HTML tags come from the literal, the values from the program, and `mark_safe` switches off "
              + "the escaping that would have neutralised markup in those values. A user-supplied value "
              + "such as `<img src=x onerror=...>` then runs as script in every viewer's browser.",
          "return mark_safe(f\"<a href=\\\"{url}\\\">{title}</a>\")",
          "return format_html('<a href=\"{}\">{}</a>', url, title)",
          "Replace the formatting and mark_safe with format_html, which escapes each value it inserts.",
          "Values that are numbers or otherwise cannot hold markup are reported anyway, since the rule does "
              + "not know their types. Silence one finding with `# bulwark: ignore[BW703]`.",
          List.of("https://cwe.mitre.org/data/definitions/80.html",
              "https://docs.djangoproject.com/en/stable/ref/utils/#django.utils.html.format_html")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(DjangoSafeString.MARKERS);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (!context.isAnyOf(call.func(), DjangoSafeString.MARKERS) || call.args().isEmpty()) {
      return;
    }
    if (MarkupInput.classify(call.args().get(0), context) == MarkupInput.Kind.FORMATTED) {
      context.report(call, "mark_safe on a string formatted from unescaped values: use format_html");
    }
  }
}
