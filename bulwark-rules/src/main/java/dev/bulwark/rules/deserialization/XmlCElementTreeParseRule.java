package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Parsing XML with the old C accelerator alias {@code xml.etree.cElementTree}. */
public final class XmlCElementTreeParseRule extends ElementTreeParseRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW313", "xml-celementtree-parse",
      "XML parsed with xml.etree.cElementTree", Severity.MEDIUM, Confidence.HIGH, List.of(776, 20),
      List.of("B313", "S313"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds parsing calls of `xml.etree.cElementTree`: `parse`, `iterparse`, `fromstring`, "
              + "`fromstringlist`, `XML`, `XMLID`, `XMLParser` and `XMLPullParser`.",
          "The parser behind it expands the entities a document declares in its DTD. A few hundred bytes of "
              + "nested entities (\"billion laughs\") or one large entity used many times can grow into "
              + "gigabytes of text and stall the process. Expat 2.4.1 and later cap the growth, but the "
              + "program does not choose which expat it runs with. The module itself was removed in Python 3.9.",
          "import xml.etree.cElementTree as ET\ntree = ET.fromstring(upload.read())",
          "import defusedxml.ElementTree as ET\ntree = ET.fromstring(upload.read())",
          "Parse untrusted XML with defusedxml.ElementTree, which rejects entity declarations.",
          "XML fixed in the code or shipped with the program is not attacker-controlled; a constant argument "
              + "is reported at low severity, and a call given a defusedxml parser is not reported. Silence one "
              + "finding with `# bulwark: ignore[BW313]`.",
          List.of("https://cwe.mitre.org/data/definitions/776.html",
              "https://docs.python.org/3/library/xml.html#xml-vulnerabilities")));

  public XmlCElementTreeParseRule() {
    super(METADATA, "xml.etree.cElementTree");
  }
}
