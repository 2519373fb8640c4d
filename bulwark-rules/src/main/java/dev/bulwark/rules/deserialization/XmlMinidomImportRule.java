package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Importing {@code xml.dom.minidom}, whose parser expands entities. */
public final class XmlMinidomImportRule extends ModuleImportRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW408", "xml-minidom-import",
      "Import of xml.dom.minidom", Severity.LOW, Confidence.HIGH, List.of(776, 20),
      List.of("B408", "S408"), RuleMetadata.Status.PREVIEW, "0.1", new RuleDoc(
          "Finds imports of `xml.dom.minidom`.",
          "minidom expands the entities a document declares, so nested entities in a short upload "
              + "can become a DOM of gigabytes.",
          "from xml.dom import minidom",
          "from defusedxml import minidom",
          "Parse untrusted XML with defusedxml.minidom.",
          "Code that only builds documents (`Document()`, `toxml()`) parses nothing; BW318 reports "
              + "the parsing calls. Silence one finding with `# bulwark: ignore[BW408]`. This check is in "
              + "preview.",
          List.of("https://cwe.mitre.org/data/definitions/776.html",
              "https://docs.python.org/3/library/xml.html#xml-vulnerabilities")));

  public XmlMinidomImportRule() {
    super(METADATA, List.of("xml.dom.minidom"),
        "its parser expands entities declared in untrusted XML; use defusedxml.minidom");
  }
}
