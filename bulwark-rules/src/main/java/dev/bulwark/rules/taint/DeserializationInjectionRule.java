package dev.bulwark.rules.taint;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.taint.SinkKind;
import java.util.List;

/** Attacker data reaches a deserializer that rebuilds arbitrary objects, by the taint analysis. */
public final class DeserializationInjectionRule extends TaintRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW808", "tainted-deserialization",
      "Attacker data reaches a deserializer that rebuilds arbitrary objects", Severity.HIGH, Confidence.MEDIUM, List.of(502), List.of(),
      RuleMetadata.Status.STABLE, "0.2", new RuleDoc(
          "Follows attacker data to `pickle.loads`, `marshal.loads`, `yaml.unsafe_load`, `yaml.full_load`, `yaml.load` with a loader other than a safe one, `jsonpickle.decode` and `dill.loads`. The pattern rules report every such call; this rule reports the ones that external data provably reaches, at high severity. When a pattern rule (BW301, BW302, BW506, BW947) reports the same call, that finding is raised to critical and carries the path instead, and this rule stays silent there.",
          "Pickle and its relatives rebuild objects by calling functions named in the data. A payload from the request calls `os.system` during loading, before any check of the result.",
          "state = pickle.loads(base64.b64decode(request.cookies[\"state\"]))",
          "state = json.loads(request.cookies[\"state\"])",
          "Exchange data as JSON, or use yaml.safe_load; sign data that must round-trip through the client and check the signature first.",
          "Data that is signed and verified before loading is still reported: the check is not read. Data from the command line, the environment or `input()` belongs to whoever runs the program; it is reported at low severity and confidence. Silence one finding with `# bulwark: ignore[BW808]`.",
          List.of("https://cwe.mitre.org/data/definitions/502.html")));

  public DeserializationInjectionRule() {
    super(SinkKind.DESERIALIZATION, "the sender runs code while the object is rebuilt");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
