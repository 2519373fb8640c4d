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

/** {@code __import__} or {@code importlib.import_module} with a module name computed at run time. */
public final class DynamicImportRule extends CallRule {

  private static final List<String> IMPORTERS =
      Signatures.known().requireAll(List.of("builtins.__import__", "importlib.import_module", "importlib.__import__"));

  private static final RuleMetadata METADATA = new RuleMetadata("BW902", "dynamic-import",
      "Module imported by a name computed at run time", Severity.MEDIUM, Confidence.MEDIUM, List.of(470, 94),
      List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `__import__(...)`, `importlib.import_module(...)` and `importlib.__import__(...)` whose module "
              + "name is not a constant string.",
          "Importing a module runs its top-level code. If the name comes from a request, a message or an "
              + "editable setting, the sender picks which module runs: any module on the path, including ones "
              + "with side effects on import, or a file they managed to place in a directory on `sys.path`.",
          "handler = importlib.import_module(f\"handlers.{request.args['kind']}\")",
          "HANDLERS = {\"csv\": \"handlers.csv\", \"json\": \"handlers.json\"}\n"
              + "handler = importlib.import_module(HANDLERS[kind])  # KeyError for anything else",
          "Map the outside value to a module name through a fixed table, or check it against an allow-list, "
              + "before importing.",
          "Plugin loaders that take module names from the program's own configuration are a common, deliberate "
              + "use; when the configuration is trusted, silence the finding with `# bulwark: ignore[BW902]`.",
          List.of("https://cwe.mitre.org/data/definitions/470.html",
              "https://docs.python.org/3/library/importlib.html#importlib.import_module")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (!context.isAnyOf(call.func(), IMPORTERS)) {
      return;
    }
    if (Values.isConstantString(context.argument(call, "name"), context)) {
      return;
    }
    context.report(call, "module imported by a name computed at run time: whoever picks the name picks the code "
        + "that runs");
  }
}
