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
import java.util.List;
import java.util.Optional;
import dev.bulwark.taint.SinkKind;

/** PyYAML's explicitly unsafe shortcuts, which BW506 (about {@code yaml.load}) does not see. */
public final class YamlUnsafeLoadRule extends CallRule {

  private static final List<String> UNSAFE = List.of("yaml.unsafe_load", "yaml.unsafe_load_all");

  /** FullLoader refused the worst tags only from PyYAML 5.4 on. */
  private static final List<String> FULL = List.of("yaml.full_load", "yaml.full_load_all");

  private static final RuleMetadata METADATA = new RuleMetadata("BW947", "yaml-unsafe-load",
      "yaml.unsafe_load or yaml.full_load", Severity.MEDIUM, Confidence.HIGH, List.of(502), List.of(),
      RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `yaml.unsafe_load` and `yaml.unsafe_load_all`, and at low severity `yaml.full_load` and "
              + "`yaml.full_load_all`.",
          "`unsafe_load` accepts every `!!python/...` tag, so a document can import modules and call "
              + "functions as it is read: loading attacker-supplied YAML runs their code. `full_load` blocks "
              + "those tags, but only since PyYAML 5.4; earlier versions let several of them through.",
          "settings = yaml.unsafe_load(request.data)",
          "settings = yaml.safe_load(request.data)",
          "Use yaml.safe_load; if custom types are needed, register constructors for them on a subclass of "
              + "SafeLoader.",
          "Reading YAML the program wrote itself with `unsafe_load` is safe; a constant argument is reported "
              + "at low severity, and so is every `full_load`, which is only a risk on old PyYAML. When the taint rules run and request data reaches the call, the finding is raised to "
              + "critical, names the source and its line, and carries the path; BW808 then does not report the "
              + "same call. Inside a request handler the call is reported only when request data reaches it: there the "
              + "analysis sees every way the request comes in. Silence one "
              + "finding with `# bulwark: ignore[BW947]`.",
          List.of("https://cwe.mitre.org/data/definitions/502.html",
              "https://github.com/yaml/pyyaml/wiki/PyYAML-yaml.load(input)-Deprecation")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(UNSAFE, FULL);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (DangerousCalls.report(call, context, UNSAFE, "the document can build any Python object and run code",
        Set.of(SinkKind.DESERIALIZATION))) {
      return;
    }
    Optional<String> name = context.qualifiedName(call.func());
    if (name.isPresent() && FULL.contains(name.get())) {
      context.report(call, name.get() + ": before PyYAML 5.4 the full loader builds arbitrary Python objects; "
          + "use yaml.safe_load", Severity.LOW, Confidence.MEDIUM);
    }
  }
}
