package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Parsing XML with the {@code xml.sax} entry points. */
public final class XmlSaxParseRule extends DangerousCallRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW317", "xml-sax-parse",
      "XML parsed with xml.sax", Severity.MEDIUM, Confidence.HIGH, List.of(611, 20),
      List.of("B317", "S317"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `xml.sax.parse`, `xml.sax.parseString` and `xml.sax.make_parser`.",
          "The SAX parser expands the entities a document declares, so nested or repeated entities can turn "
              + "a small document into gigabytes. With the `feature_external_ges` feature on (the default "
              + "before Python 3.7.1, and one `setFeature` call away since) it also opens the files and URLs "
              + "that external entities name, letting the document pull local files into the parse (XXE) or "
              + "make the server send requests.",
          "import xml.sax\nxml.sax.parseString(request.body, handler)",
          "import defusedxml.sax\ndefusedxml.sax.parseString(request.body, handler)",
          "Use defusedxml.sax, which has the same functions and rejects entity declarations and external "
              + "references.",
          "A constant document is reported at low severity; `make_parser()` takes no document and is always "
              + "reported. Silence one finding with `# bulwark: ignore[BW317]`.",
          List.of("https://cwe.mitre.org/data/definitions/611.html",
              "https://docs.python.org/3/library/xml.sax.html")));

  public XmlSaxParseRule() {
    super(METADATA, List.of("xml.sax.parse", "xml.sax.parseString", "xml.sax.make_parser"),
        "SAX parsing expands entities and can be switched to fetch external ones; use defusedxml.sax");
  }
}
