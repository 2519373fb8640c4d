package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Parsing XML with {@code xml.dom.pulldom}. */
public final class XmlPulldomParseRule extends DangerousCallRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW319", "xml-pulldom-parse",
      "XML parsed with xml.dom.pulldom", Severity.MEDIUM, Confidence.HIGH, List.of(776, 20),
      List.of("B319", "S319"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `xml.dom.pulldom.parse` and `xml.dom.pulldom.parseString`.",
          "pulldom runs a SAX parser underneath, so it inherits its handling of DTDs: declared entities are "
              + "expanded without a limit of Python's own (\"billion laughs\"), and a parser passed in with "
              + "external entities switched on will also read the files and URLs they name.",
          "from xml.dom import pulldom\nfor event, node in pulldom.parseString(feed):\n    ...",
          "from defusedxml import pulldom\nfor event, node in pulldom.parseString(feed):\n    ...",
          "Use defusedxml.pulldom for XML that comes from outside the program.",
          "A constant document is reported at low severity. Silence one finding with "
              + "`# bulwark: ignore[BW319]`.",
          List.of("https://cwe.mitre.org/data/definitions/776.html",
              "https://docs.python.org/3/library/xml.dom.pulldom.html")));

  public XmlPulldomParseRule() {
    super(METADATA, List.of("xml.dom.pulldom.parse", "xml.dom.pulldom.parseString"),
        "entity expansion in untrusted XML can exhaust memory; use defusedxml.pulldom");
  }
}
