package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Building an expat SAX reader directly from {@code xml.sax.expatreader}. */
public final class XmlExpatReaderRule extends DangerousCallRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW315", "xml-expatreader-parser",
      "SAX parser created with xml.sax.expatreader", Severity.MEDIUM, Confidence.HIGH, List.of(611, 20),
      List.of("B315", "S315"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `xml.sax.expatreader.create_parser()` and `ExpatParser(...)`, the expat-backed SAX reader.",
          "This reader expands the entities a document declares, so nested or repeated entities can blow a "
              + "small document up to gigabytes. Turning on the `feature_external_ges` feature (the default "
              + "before Python 3.7.1) also makes it open the files and URLs that external entities name, which "
              + "lets a document read local files into the parse (XXE).",
          "from xml.sax import expatreader\nreader = expatreader.create_parser()\nreader.parse(upload)",
          "from defusedxml import expatreader\nreader = expatreader.create_parser()\nreader.parse(upload)",
          "Create the reader with defusedxml.expatreader.create_parser, which rejects entity declarations "
              + "and external references.",
          "A reader used only on documents the program ships is safe. Silence one finding with "
              + "`# bulwark: ignore[BW315]`.",
          List.of("https://cwe.mitre.org/data/definitions/611.html",
              "https://docs.python.org/3/library/xml.html#xml-vulnerabilities")));

  public XmlExpatReaderRule() {
    super(METADATA, List.of("xml.sax.expatreader.create_parser", "xml.sax.expatreader.ExpatParser"),
        "expat SAX reader expands entities and can be switched to fetch external ones; use defusedxml.expatreader");
  }
}
