package dev.bulwark.rules.taint;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.taint.SinkKind;
import java.util.List;

/** Attacker data chooses the target of a redirect, by the taint analysis. */
public final class OpenRedirectRule extends TaintRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW807", "open-redirect",
      "Attacker data chooses the target of a redirect", Severity.HIGH, Confidence.MEDIUM, List.of(601), List.of(),
      RuleMetadata.Status.STABLE, "0.2", new RuleDoc(
          "Follows attacker data to the target of Flask's `redirect` and Django's `redirect` and `HttpResponseRedirect`.",
          "A link to a trusted site that redirects to an attacker's page makes phishing convincing, and can leak tokens carried in the URL to the other site.",
          "return redirect(request.args[\"next\"])",
          "target = request.args.get(\"next\", \"/\")\nif not url_has_allowed_host_and_scheme(target, allowed_hosts={request.host}):\n    target = \"/\"\nreturn redirect(target)",
          "Redirect only to relative paths or to hosts on an allow-list.",
          "Django's `url_has_allowed_host_and_scheme` guarding the redirect is read; hand-written checks such as `target.startswith(\"/\")` are not, and a target checked that way is still reported. Data from the command line, the environment or `input()` belongs to whoever runs the program; it is reported at low severity and confidence. Silence one finding with `# bulwark: ignore[BW807]`.",
          List.of("https://cwe.mitre.org/data/definitions/601.html", "https://cheatsheetseries.owasp.org/cheatsheets/Unvalidated_Redirects_and_Forwards_Cheat_Sheet.html")));

  public OpenRedirectRule() {
    super(SinkKind.REDIRECT, "the sender sends visitors to any site under this site's name");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
