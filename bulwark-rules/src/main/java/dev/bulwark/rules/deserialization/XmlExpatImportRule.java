package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Importing {@code xml.dom.expatbuilder}, a DOM builder that expands entities. */
public final class XmlExpatImportRule extends ModuleImportRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW407", "xml-expatbuilder-import",
      "Import of xml.dom.expatbuilder", Severity.LOW, Confidence.HIGH, List.of(776, 20),
      List.of("B407", "S407"), RuleMetadata.Status.PREVIEW, "0.1", new RuleDoc(
          "Finds imports of `xml.dom.expatbuilder`.",
          "The builder expands the entities a document declares, so a small hostile document can "
              + "take all the memory of the process.",
          "from xml.dom import expatbuilder",
          "from defusedxml import expatbuilder",
          "Use defusedxml.expatbuilder for XML from outside the program.",
          "BW316 reports the parsing calls themselves. Silence one finding with `# bulwark: "
              + "ignore[BW407]`. This check is in preview.",
          List.of("https://cwe.mitre.org/data/definitions/776.html",
              "https://docs.python.org/3/library/xml.html#xml-vulnerabilities")));

  public XmlExpatImportRule() {
    super(METADATA, List.of("xml.dom.expatbuilder"),
        "its builder expands entities declared in untrusted XML; use defusedxml.expatbuilder");
  }
}
