package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Parsing XML into a DOM with {@code xml.dom.minidom}. */
public final class XmlMinidomParseRule extends DangerousCallRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW318", "xml-minidom-parse",
      "XML parsed with xml.dom.minidom", Severity.MEDIUM, Confidence.HIGH, List.of(776, 20),
      List.of("B318", "S318"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `xml.dom.minidom.parse` and `xml.dom.minidom.parseString`.",
          "minidom leaves external entities alone but expands the internal ones a document declares. A few "
              + "lines of nested entities (\"billion laughs\") or one long entity repeated many times become a "
              + "DOM of gigabytes, which takes the process down. Only recent expat versions limit this.",
          "from xml.dom import minidom\ndoc = minidom.parseString(request.data)",
          "from defusedxml import minidom\ndoc = minidom.parseString(request.data)",
          "Parse untrusted XML with defusedxml.minidom, which has the same functions.",
          "A constant document is reported at low severity. Silence one finding with "
              + "`# bulwark: ignore[BW318]`.",
          List.of("https://cwe.mitre.org/data/definitions/776.html",
              "https://docs.python.org/3/library/xml.html#xml-vulnerabilities")));

  public XmlMinidomParseRule() {
    super(METADATA, List.of("xml.dom.minidom.parse", "xml.dom.minidom.parseString"),
        "entity expansion in untrusted XML can exhaust memory; use defusedxml.minidom");
  }
}
