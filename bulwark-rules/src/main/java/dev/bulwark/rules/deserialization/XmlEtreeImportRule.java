package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Importing the standard ElementTree modules, whose parsers expand entities. */
public final class XmlEtreeImportRule extends ModuleImportRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW405", "xml-etree-import",
      "Import of xml.etree for parsing", Severity.LOW, Confidence.HIGH, List.of(776, 20),
      List.of("B405", "S405"), RuleMetadata.Status.PREVIEW, "0.1", new RuleDoc(
          "Finds imports of `xml.etree.ElementTree` and `xml.etree.cElementTree`, including `from "
              + "xml.etree import ElementTree`.",
          "The ElementTree parsers expand the entities a document declares, so a short hostile "
              + "document can grow to gigabytes (\"billion laughs\"). Whether expat limits that depends on "
              + "the version the interpreter links against.",
          "import xml.etree.ElementTree as ET",
          "import defusedxml.ElementTree as ET",
          "Import the parsing functions from defusedxml.ElementTree; keep xml.etree only for "
              + "building and writing trees.",
          "Code that only builds or writes XML (`Element`, `SubElement`, `tostring`) parses "
              + "nothing; BW314 reports the parsing calls themselves. Silence one finding with `# "
              + "bulwark: ignore[BW405]`. This check is in preview.",
          List.of("https://cwe.mitre.org/data/definitions/776.html",
              "https://docs.python.org/3/library/xml.html#xml-vulnerabilities")));

  public XmlEtreeImportRule() {
    super(METADATA, List.of("xml.etree.cElementTree", "xml.etree.ElementTree"),
        "its parsers expand entities declared in untrusted XML; use defusedxml.ElementTree");
  }
}
