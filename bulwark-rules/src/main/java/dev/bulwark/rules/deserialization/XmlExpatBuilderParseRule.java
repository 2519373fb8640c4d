package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Building a DOM with {@code xml.dom.expatbuilder}. */
public final class XmlExpatBuilderParseRule extends DangerousCallRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW316", "xml-expatbuilder-parse",
      "XML parsed with xml.dom.expatbuilder", Severity.MEDIUM, Confidence.HIGH, List.of(776, 20),
      List.of("B316", "S316"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `xml.dom.expatbuilder.parse` and `parseString`, the DOM builder underneath minidom.",
          "The builder expands the entities declared in a document's DTD without a limit of its own, so a "
              + "short document of nested entities (\"billion laughs\") can take all the memory of the process. "
              + "Only recent expat versions cap the expansion.",
          "from xml.dom import expatbuilder\ndoc = expatbuilder.parseString(payload)",
          "from defusedxml import expatbuilder\ndoc = expatbuilder.parseString(payload)",
          "Use defusedxml.expatbuilder (or defusedxml.minidom) for XML from outside the program.",
          "A constant document is reported at low severity. Silence one finding with "
              + "`# bulwark: ignore[BW316]`.",
          List.of("https://cwe.mitre.org/data/definitions/776.html",
              "https://docs.python.org/3/library/xml.html#xml-vulnerabilities")));

  public XmlExpatBuilderParseRule() {
    super(METADATA, List.of("xml.dom.expatbuilder.parse", "xml.dom.expatbuilder.parseString"),
        "entity expansion in untrusted XML can exhaust memory; use defusedxml.expatbuilder");
  }
}
