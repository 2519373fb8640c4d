package dev.bulwark.rules.taint;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.taint.SinkKind;
import java.util.List;

/** Request data is stored in the session unchecked, by the taint analysis. */
public final class TrustBoundaryRule extends TaintRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW813", "trust-boundary-violation",
      "Request data is stored in the session unchecked", Severity.MEDIUM, Confidence.MEDIUM, List.of(501), List.of(),
      RuleMetadata.Status.STABLE, "0.2", new RuleDoc(
          "Follows request data into stores of Flask's `session` and Django's `request.session`. Values converted to numbers or checked against a constant allow-list first are not reported.",
          "Code that reads the session assumes the server put the value there after checking it. Storing request data unchecked mixes untrusted input into trusted state: a role, a user id or a redirect target read back later was chosen by the sender.",
          "session[\"role\"] = request.args[\"role\"]",
          "role = request.args[\"role\"]\nif role not in (\"viewer\", \"editor\"):\n    abort(400)\nsession[\"role\"] = role",
          "Validate request data before storing it in the session, or store what the server derived from it.",
          "A value validated by code the analysis does not read (a form library, a regular expression) is still reported. Data from the command line, the environment or `input()` belongs to whoever runs the program; it is reported at low severity and confidence. Silence one finding with `# bulwark: ignore[BW813]`.",
          List.of("https://cwe.mitre.org/data/definitions/501.html")));

  public TrustBoundaryRule() {
    super(SinkKind.TRUST, "later code trusts a value the sender chose");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
