package dev.bulwark.rules.taint;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.taint.SinkKind;
import java.util.List;

/** Attacker data reaches the URL of an outgoing request, by the taint analysis. */
public final class SsrfRule extends TaintRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW805", "server-side-request-forgery",
      "Attacker data reaches the URL of an outgoing request", Severity.HIGH, Confidence.MEDIUM, List.of(918), List.of(),
      RuleMetadata.Status.STABLE, "0.2", new RuleDoc(
          "Follows attacker data to the URL or host of outgoing requests: `urllib.request.urlopen` and `Request`, `http.client` connections, `requests` and `httpx` calls.",
          "A server makes requests from inside the network. A URL chosen by the sender reaches internal services, cloud metadata endpoints that hand out credentials (`http://169.254.169.254/`), and ports that are closed to the outside.",
          "url = request.args[\"url\"]\nrequests.get(url, timeout=5)",
          "url = request.args[\"url\"]\nif urlparse(url).hostname not in ALLOWED_HOSTS:\n    abort(400)\nrequests.get(url, timeout=5)",
          "Allow only known hosts, and build the URL from a fixed base rather than taking it whole from the request.",
          "A host allow-list check (`if urlparse(url).hostname in ALLOWED_HOSTS:`) makes the URL safe in the branch it guards; other validation is not read and is still reported. Data from the command line, the environment or `input()` belongs to whoever runs the program; it is reported at low severity and confidence. Silence one finding with `# bulwark: ignore[BW805]`.",
          List.of("https://cwe.mitre.org/data/definitions/918.html", "https://owasp.org/Top10/A10_2021-Server-Side_Request_Forgery_%28SSRF%29/")));

  public SsrfRule() {
    super(SinkKind.SSRF, "the sender makes this server request any address");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
