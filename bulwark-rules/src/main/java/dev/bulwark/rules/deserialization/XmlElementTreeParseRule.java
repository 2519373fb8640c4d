package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Parsing XML with {@code xml.etree.ElementTree}. */
public final class XmlElementTreeParseRule extends ElementTreeParseRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW314", "xml-elementtree-parse",
      "XML parsed with xml.etree.ElementTree", Severity.MEDIUM, Confidence.HIGH, List.of(776, 20),
      List.of("B314", "S314"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds parsing calls of `xml.etree.ElementTree`: `parse`, `iterparse`, `fromstring`, "
              + "`fromstringlist`, `XML`, `XMLID`, `XMLParser` and `XMLPullParser`.",
          "ElementTree never fetches external entities, but it does expand the internal ones a document "
              + "declares. Nested or repeated entities (\"billion laughs\", quadratic blowup) turn a small "
              + "upload into gigabytes of text. Only expat 2.4.1 and later limit this, and the program does not "
              + "pick the expat it is linked against.",
          "import xml.etree.ElementTree as ET\nroot = ET.fromstring(request.body)",
          "import defusedxml.ElementTree as ET\nroot = ET.fromstring(request.body)",
          "Parse untrusted XML with defusedxml.ElementTree, a drop-in replacement that refuses entity "
              + "declarations.",
          "Documents the program ships itself are safe to parse; a constant argument is reported at low "
              + "severity, and a call given a defusedxml parser (`parser=DefusedXMLParser()`) is not reported. "
              + "Silence one finding with `# bulwark: ignore[BW314]`.",
          List.of("https://cwe.mitre.org/data/definitions/776.html",
              "https://docs.python.org/3/library/xml.html#xml-vulnerabilities")));

  public XmlElementTreeParseRule() {
    super(METADATA, "xml.etree.ElementTree");
  }
}
