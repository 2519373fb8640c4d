package dev.bulwark.rules.taint;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.taint.SinkKind;
import java.util.List;

/** Request data is written into a response header, by the taint analysis. */
public final class HeaderInjectionRule extends TaintRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW814", "http-header-injection",
      "Request data is written into a response header", Severity.MEDIUM, Confidence.MEDIUM, List.of(113), List.of(),
      RuleMetadata.Status.STABLE, "0.2", new RuleDoc(
          "Follows request data into stores of `response.headers[...]` in Flask and Django code. Values converted to numbers or checked against a constant allow-list first are not reported.",
          "A carriage return and line feed in a header value end the header and start new ones, or the body: the sender sets cookies, poisons caches or injects content. Current servers reject most such values, but the header still carries what the sender chose.",
          "resp.headers[\"X-Filename\"] = request.args[\"name\"]",
          "resp.headers[\"X-Filename\"] = secure_filename(request.args[\"name\"]).replace(\"\\r\", \"\").replace(\"\\n\", \"\")",
          "Strip or reject carriage returns and line feeds, and allow only the characters the header needs.",
          "Any attribute named `headers` that is stored into is taken for a response's headers, in a Flask or Django file. Data from the command line, the environment or `input()` belongs to whoever runs the program; it is reported at low severity and confidence. Silence one finding with `# bulwark: ignore[BW814]`.",
          List.of("https://cwe.mitre.org/data/definitions/113.html")));

  public HeaderInjectionRule() {
    super(SinkKind.HEADER, "the sender can split the response or set headers of their own");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
