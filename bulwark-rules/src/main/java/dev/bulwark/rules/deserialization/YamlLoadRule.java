package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.ModuleRoots;
import java.util.Set;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.BoundArguments;
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.Optional;
import dev.bulwark.taint.SinkKind;

/** {@code yaml.load} or {@code yaml.load_all} with a loader that can build arbitrary Python objects. */
public final class YamlLoadRule extends CallRule {

  private static final List<String> FUNCTIONS = Signatures.known().requireAll(List.of("yaml.load", "yaml.load_all"));

  private static final Set<SinkKind> TAINT_KINDS = Set.of(SinkKind.DESERIALIZATION);

  private static final RuleMetadata METADATA = new RuleMetadata("BW506", "yaml-load",
      "yaml.load without a safe Loader", Severity.MEDIUM, Confidence.HIGH, List.of(502, 20),
      List.of("B506", "S506"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `yaml.load` and `yaml.load_all` calls whose `Loader` is missing or is not one of PyYAML's "
              + "safe loaders (`SafeLoader`, `CSafeLoader`, `BaseLoader`, `CBaseLoader`).",
          "PyYAML's full and unsafe loaders understand tags such as `!!python/object/apply`, which import "
              + "a module and call a function while the document is read. A YAML file from an attacker then "
              + "runs code in the process. Before PyYAML 5.1 a bare `yaml.load(data)` used such a loader.",
          "config = yaml.load(request.data, Loader=yaml.Loader)",
          "config = yaml.safe_load(request.data)",
          "Use yaml.safe_load, or pass Loader=yaml.SafeLoader (or CSafeLoader).",
          "A loader the rule cannot resolve (a parameter, an attribute of an unknown object) is reported at "
              + "low confidence; a local subclass of a safe loader counts as safe. When the taint rules run and request data reaches the call, the finding is raised to "
              + "critical, names the source and its line, and carries the path; BW808 then does not report the "
              + "same call. Inside a request handler the call is reported only when request data reaches it: there the "
              + "analysis sees every way the request comes in. Silence one finding with "
              + "`# bulwark: ignore[BW506]`.",
          List.of("https://cwe.mitre.org/data/definitions/502.html",
              "https://pyyaml.org/wiki/PyYAMLDocumentation")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(FUNCTIONS);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    Optional<String> name = context.qualifiedName(call.func());
    if (name.isEmpty() || !FUNCTIONS.contains(name.get())) {
      return;
    }
    BoundArguments arguments = context.arguments(call);
    Optional<Expr> loader = arguments.argument("Loader");
    if (loader.isEmpty()) {
      if (arguments.isAbsent("Loader")) {
        context.reportInputSensitive(call, name.get() + " without a Loader: old PyYAML versions build arbitrary "
            + "Python objects; use yaml.safe_load", METADATA.severity(), METADATA.confidence(), TAINT_KINDS);
      }
      return;
    }
    if (SafeYamlLoaders.isSafe(loader.get(), context)) {
      return;
    }
    Optional<String> loaderName = context.qualifiedName(loader.get());
    if (loaderName.isPresent() && loaderName.get().startsWith("yaml.")) {
      context.reportInputSensitive(call, name.get() + " with " + loaderName.get()
          + ": this loader can build arbitrary Python objects; use yaml.SafeLoader", METADATA.severity(),
          METADATA.confidence(), TAINT_KINDS);
    } else {
      context.reportInputSensitive(call, name.get() + " with a Loader that may not be safe; use yaml.SafeLoader",
          Severity.MEDIUM, Confidence.LOW, TAINT_KINDS);
    }
  }
}
