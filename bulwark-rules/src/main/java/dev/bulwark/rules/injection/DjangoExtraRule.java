package dev.bulwark.rules.injection;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.BoundArguments;
import dev.bulwark.semantic.CallArguments;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.Optional;

/** Django's {@code QuerySet.extra()} given SQL fragments that are not fixed in the source. */
public final class DjangoExtraRule extends CallRule {

  private static final String EXTRA = Signatures.known().require("django.db.models.query.QuerySet.extra").name();
  /** The parameters of {@code extra} that are pasted into the SQL text. */
  private static final List<String> SQL_PARAMETERS = List.of("select", "where", "tables", "order_by");

  private static final RuleMetadata METADATA = new RuleMetadata("BW610", "django-extra-sql",
      "Django QuerySet.extra() with SQL fragments computed at run time", Severity.MEDIUM, Confidence.MEDIUM,
      List.of(89), List.of("B610", "S610"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `.extra(...)` calls in files that import Django whose `select`, `where`, `tables` or "
              + "`order_by` argument is not made only of constant strings. Those arguments are copied into the "
              + "SQL text unchanged; `params` and `select_params` are the safe channel and are not looked at.",
          "Django escapes nothing in the fragments given to `extra`. A value formatted into a `where` clause "
              + "or used as a column in `select` or `order_by` can rewrite the query and read or change any "
              + "data the database account can reach.",
          "Entry.objects.extra(where=[f\"headline = '{headline}'\"])",
          "Entry.objects.filter(headline=headline)  # or extra(where=[\"headline = %s\"], params=[headline])",
          "Use the ORM (filter, annotate with expressions) instead of extra; if extra is unavoidable, keep its "
              + "fragments constant and pass every value through params or select_params.",
          "The receiver's type is not known, so any method named `extra` counts once the file imports Django. "
              + "Fragments taken from a fixed list in another module look computed and are reported. Silence "
              + "one finding with `# bulwark: ignore[BW610]`.",
          List.of("https://cwe.mitre.org/data/definitions/89.html",
              "https://docs.djangoproject.com/en/stable/ref/models/querysets/#extra")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (!(call.func() instanceof Expr.Attribute a) || !a.attr().equals("extra")) {
      return;
    }
    boolean open = CallArguments.hasKeywordUnpacking(call);
    BoundArguments arguments = context.arguments(call, EXTRA);
    for (int i = 0; i < SQL_PARAMETERS.size() && !open; i++) {
      String parameter = SQL_PARAMETERS.get(i);
      Optional<Expr> value = arguments.argument(parameter);
      if (value.isPresent()) {
        open = parameter.equals("select")
            ? !isConstantMapping(value.get(), context.model(), context.scope(), 0)
            : !Values.isConstantCommand(value.get(), context.model(), context.scope());
      }
    }
    // The import scan walks the whole file, so it comes last.
    if (open && Imports.importsPackage(context, "django")) {
      context.report(call, "QuerySet.extra() with SQL fragments computed at run time: pass values through params");
    }
  }

  /** A dict display (possibly behind a name bound once) whose keys and values are all constants, or None. */
  private static boolean isConstantMapping(Expr e, SemanticModel model, Scope scope, int depth) {
    if (model.constant(e, scope).map(c -> c instanceof PyConstant.PyNone).orElse(false)) {
      return true;
    }
    if (e instanceof Expr.Dict d) {
      for (int i = 0; i < d.keys().size(); i++) {
        Expr key = d.keys().get(i);
        if (key == null || model.constant(key, scope).isEmpty() || model.constant(d.values().get(i), scope).isEmpty()) {
          return false;
        }
      }
      return true;
    }
    if (e instanceof Expr.Name n && depth < 4) {
      Optional<Values.Bound> bound = Values.singleAssignment(n, model, scope);
      return bound.isPresent() && isConstantMapping(bound.get().expr(), model, bound.get().scope(), depth + 1);
    }
    return false;
  }
}
