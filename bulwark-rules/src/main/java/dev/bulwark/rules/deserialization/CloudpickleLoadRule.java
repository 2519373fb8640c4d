package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Loading with pickle-compatible libraries that Bandit's pickle list leaves out. */
public final class CloudpickleLoadRule extends DangerousCallRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW946", "cloudpickle-load",
      "Deserialization with cloudpickle, pickle5 or srsly", Severity.MEDIUM, Confidence.HIGH, List.of(502),
      List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `cloudpickle.load`/`loads`, the `pickle5` backport's `load`/`loads`/`Unpickler`, and "
              + "`srsly.pickle_loads`: pickle loaders that BW301 (Bandit's list) does not know.",
          "These libraries are popular for shipping functions and models between processes (Ray, Dask, "
              + "spaCy), but what they load is an ordinary pickle. Whoever can write the bytes chooses which "
              + "functions run while they are read.",
          "task = cloudpickle.loads(message)",
          "task = json.loads(message)  # and look the task up by name",
          "Send data rather than code across trust boundaries; where pickled callables are the design, "
              + "authenticate every message (HMAC, mutual TLS) before loading it.",
          "Messages between workers of one cluster that nobody else can reach are usually trusted; a constant "
              + "argument is reported at low severity. Silence one finding with `# bulwark: ignore[BW946]`.",
          List.of("https://cwe.mitre.org/data/definitions/502.html",
              "https://github.com/cloudpipe/cloudpickle#security")));

  public CloudpickleLoadRule() {
    // cloudpickle and the pickle5 backport re-export the standard unpickler; srsly wraps cloudpickle
    super(METADATA, List.of("cloudpickle.load", "cloudpickle.loads",
            "pickle5.load", "pickle5.loads", "pickle5.Unpickler", "srsly.pickle_loads"),
        "this is an ordinary unpickler, and can run arbitrary code");
  }
}
