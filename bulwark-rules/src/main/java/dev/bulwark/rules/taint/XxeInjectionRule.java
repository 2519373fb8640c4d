package dev.bulwark.rules.taint;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.taint.SinkKind;
import java.util.List;

/** Attacker data reaches an XML parser that resolves external entities, by the taint analysis. */
public final class XxeInjectionRule extends TaintRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW817", "xml-external-entities",
      "Attacker data reaches an XML parser that resolves external entities", Severity.HIGH, Confidence.MEDIUM,
      List.of(611), List.of(), RuleMetadata.Status.STABLE, "0.2", new RuleDoc(
          "Follows attacker data to XML parsing with a parser configured to load external entities: lxml's `fromstring`, `XML`, `parse` and `feed` with an `XMLParser(resolve_entities=True)` or `XMLParser(no_network=False)`, `lxml.etree.iterparse(..., resolve_entities=True)`, and a SAX parser (used directly or by `xml.dom.minidom` and `xml.dom.pulldom`) on which `setFeature(feature_external_ges, True)` or `feature_external_pes` is called. Parsers left with their defaults are not reported.",
          "An entity declared in the document (`<!ENTITY x SYSTEM \"file:///etc/passwd\">`) makes the parser read a local file or fetch a URL and put the content in the tree, which the application often sends back: the sender reads files, reaches internal services and can exhaust memory.",
          "parser = etree.XMLParser(resolve_entities=True)\ndoc = etree.fromstring(request.data, parser)",
          "parser = etree.XMLParser(resolve_entities=False, no_network=True)\ndoc = etree.fromstring(request.data, parser)",
          "Keep entity resolution off (the default of current lxml and of the standard library), or parse untrusted XML with defusedxml.",
          "A parser's configuration is read without regard to order: a name bound once to an unsafe parser, or a name on which an unsafe `setFeature` is called anywhere in the same function, counts as unsafe at every use. lxml before 5.0 resolved entities by default; parsers relying on that default are not reported. Data from the command line, the environment or `input()` belongs to whoever runs the program; it is reported at low severity and confidence. Silence one finding with `# bulwark: ignore[BW817]`.",
          List.of("https://cwe.mitre.org/data/definitions/611.html", "https://docs.python.org/3/library/xml.html#xml-vulnerabilities")));

  public XxeInjectionRule() {
    super(SinkKind.XXE, "the sender reads local files and reaches internal hosts through entities");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
