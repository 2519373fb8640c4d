package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Importing {@code xml.sax}, whose parser expands entities and can be made to fetch external ones. */
public final class XmlSaxImportRule extends ModuleImportRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW406", "xml-sax-import",
      "Import of xml.sax", Severity.LOW, Confidence.HIGH, List.of(611, 20),
      List.of("B406", "S406"), RuleMetadata.Status.PREVIEW, "0.1", new RuleDoc(
          "Finds imports of `xml.sax` and its submodules.",
          "The SAX parser expands declared entities without a limit of Python's own, and with the "
              + "external-entities feature on it reads the files and URLs a document names (XXE).",
          "import xml.sax",
          "import defusedxml.sax",
          "Parse untrusted XML with defusedxml.sax.",
          "Importing only `xml.sax.saxutils` to escape text, or `ContentHandler` to subclass, "
              + "parses nothing; BW317 reports the parsing calls. Silence one finding with `# bulwark: "
              + "ignore[BW406]`. This check is in preview.",
          List.of("https://cwe.mitre.org/data/definitions/611.html",
              "https://docs.python.org/3/library/xml.html#xml-vulnerabilities")));

  public XmlSaxImportRule() {
    super(METADATA, List.of("xml.sax"),
        "its parser expands entities and can be switched to fetch external ones; use defusedxml.sax");
  }
}
