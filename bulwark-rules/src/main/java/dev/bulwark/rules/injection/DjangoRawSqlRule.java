package dev.bulwark.rules.injection;

import dev.bulwark.rules.ModuleRoots;
import java.util.Set;
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

/** Django's {@code RawSQL} expression given SQL text that is not fixed in the source. */
public final class DjangoRawSqlRule extends CallRule {

  private static final List<String> RAW_SQL =
      Signatures.known().requireAll(List.of("django.db.models.RawSQL", "django.db.models.expressions.RawSQL"));

  private static final RuleMetadata METADATA = new RuleMetadata("BW611", "django-rawsql",
      "Django RawSQL expression with SQL text computed at run time", Severity.MEDIUM, Confidence.MEDIUM,
      List.of(89), List.of("B611", "S611"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `RawSQL(...)` expressions from `django.db.models` whose SQL text is not a constant string: "
              + "a variable, a call, or text assembled by formatting.",
          "`RawSQL` puts its text into the query as it is. Any value formatted into that text, rather than "
              + "passed in `params`, can change the statement and read or alter data beyond the query's "
              + "intent.",
          "queryset.annotate(val=RawSQL(f\"SELECT col FROM t WHERE id = {item_id}\", ()))",
          "queryset.annotate(val=RawSQL(\"SELECT col FROM t WHERE id = %s\", (item_id,)))",
          "Keep the SQL text of RawSQL constant and pass every value in its params tuple.",
          "Text held in a variable that is in fact constant but assigned in several places, or imported from "
              + "another module, is reported. Silence one finding with `# bulwark: ignore[BW611]`.",
          List.of("https://cwe.mitre.org/data/definitions/89.html",
              "https://docs.djangoproject.com/en/stable/ref/models/expressions/#raw-sql-expressions")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(RAW_SQL);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (!context.isAnyOf(call.func(), RAW_SQL)) {
      return;
    }
    Optional<Expr> sql = context.argument(call, "sql");
    if (Values.isConstantString(sql, context)) {
      return;
    }
    Optional<StringTemplate> built = sql.flatMap(s -> StringTemplate.of(s, context.model(), context.scope(),
        SqlWalker::isHarmless, false));
    if (built.isPresent() && !built.get().hasHoles()) {
      return;
    }
    if (built.isPresent()) {
      context.report(call, "RawSQL text built from a run-time value: pass values in params",
          Severity.MEDIUM, Confidence.HIGH);
    } else {
      context.report(call, "RawSQL text is not a constant: make sure no value reaches it except through params");
    }
  }
}
