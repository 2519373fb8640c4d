package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Importing {@code xml.dom.pulldom}, which parses through an entity-expanding SAX parser. */
public final class XmlPulldomImportRule extends ModuleImportRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW409", "xml-pulldom-import",
      "Import of xml.dom.pulldom", Severity.LOW, Confidence.HIGH, List.of(776, 20),
      List.of("B409", "S409"), RuleMetadata.Status.PREVIEW, "0.1", new RuleDoc(
          "Finds imports of `xml.dom.pulldom`.",
          "pulldom parses with the SAX parser, which expands the entities a document declares "
              + "without a limit of Python's own.",
          "from xml.dom import pulldom",
          "from defusedxml import pulldom",
          "Parse untrusted XML with defusedxml.pulldom.",
          "BW319 reports the parsing calls themselves. Silence one finding with `# bulwark: "
              + "ignore[BW409]`. This check is in preview.",
          List.of("https://cwe.mitre.org/data/definitions/776.html",
              "https://docs.python.org/3/library/xml.dom.pulldom.html")));

  public XmlPulldomImportRule() {
    super(METADATA, List.of("xml.dom.pulldom"),
        "its parser expands entities declared in untrusted XML; use defusedxml.pulldom");
  }
}
