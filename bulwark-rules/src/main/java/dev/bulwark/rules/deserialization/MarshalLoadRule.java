package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Reading values with {@code marshal}, whose format is neither stable nor safe against crafted input. */
public final class MarshalLoadRule extends DangerousCallRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW302", "marshal-load",
      "Deserialization with marshal", Severity.MEDIUM, Confidence.HIGH, List.of(502),
      List.of("B302", "S302"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds calls of `marshal.load` and `marshal.loads`.",
          "`marshal` exists to store compiled bytecode for the interpreter. It can rebuild code objects, "
              + "which run as soon as something calls them, and CPython does not harden it against malformed "
              + "or malicious input: crafted bytes can crash the interpreter. Its format also changes between "
              + "Python versions.",
          "config = marshal.loads(request.body)",
          "config = json.loads(request.body)",
          "Use a data-only format such as JSON for anything that crosses a trust boundary; keep marshal for "
              + "bytes the same interpreter wrote.",
          "Tools that cache their own bytecode read it back with marshal; a constant argument is reported at "
              + "low severity. When the taint rules run and request data reaches the call, the finding is raised to "
              + "critical, names the source and its line, and carries the path; BW808 then does not report the "
              + "same call. Inside a request handler the call is reported only when request data reaches it: there the "
              + "analysis sees every way the request comes in. Silence one finding with `# bulwark: ignore[BW302]`.",
          List.of("https://cwe.mitre.org/data/definitions/502.html",
              "https://docs.python.org/3/library/marshal.html")));

  public MarshalLoadRule() {
    super(METADATA, List.of("marshal.load", "marshal.loads"),
        "marshal is not safe against crafted input and can rebuild code objects");
  }

  @Override
  java.util.Set<dev.bulwark.taint.SinkKind> taintKinds() {
    return java.util.Set.of(dev.bulwark.taint.SinkKind.DESERIALIZATION);
  }
}
