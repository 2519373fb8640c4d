package dev.bulwark.rules.deserialization;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A SAX parser switched to load external entities. */
public final class SaxExternalEntitiesRule extends CallRule {

  /** The features that make a SAX parser open what external entities name, by constant and by URI. */
  private static final Set<String> FEATURE_NAMES = Set.of("xml.sax.handler.feature_external_ges",
      "xml.sax.handler.feature_external_pes");
  private static final Set<String> FEATURE_URIS = Set.of("http://xml.org/sax/features/external-general-entities",
      "http://xml.org/sax/features/external-parameter-entities");

  private static final RuleMetadata METADATA = new RuleMetadata("BW949", "sax-external-entities",
      "SAX parser switched to load external entities", Severity.HIGH, Confidence.HIGH, List.of(611),
      List.of(), RuleMetadata.Status.STABLE, "0.3", new RuleDoc(
          "Finds `setFeature(feature_external_ges, True)` and `setFeature(feature_external_pes, True)` (or "
              + "the features' URIs) on any object: the call that turns on the loading of external entities "
              + "in an `xml.sax` parser, and so in `xml.dom.minidom` and `xml.dom.pulldom` parsing done "
              + "with that parser.",
          "Since Python 3.7.1 the SAX parser leaves external entities alone; this call brings the old "
              + "behaviour back. A document that declares `<!ENTITY x SYSTEM \"file:///etc/passwd\">` then "
              + "has the file read into the parse (XXE), and an entity naming a URL makes the server fetch "
              + "it, reaching internal services.",
          "parser = xml.sax.make_parser()\nparser.setFeature(feature_external_ges, True)\n"
              + "doc = xml.dom.minidom.parseString(upload, parser)",
          "parser = xml.sax.make_parser()\ndoc = xml.dom.minidom.parseString(upload, parser)",
          "Leave the feature off (the default), or parse with defusedxml, which refuses entity "
              + "declarations outright.",
          "A parser that only ever reads the program's own documents is reported too: the switch is the "
              + "risk the day a document comes from elsewhere. Silence one finding with "
              + "`# bulwark: ignore[BW949]`.",
          List.of("https://cwe.mitre.org/data/definitions/611.html",
              "https://docs.python.org/3/library/xml.sax.handler.html#xml.sax.handler.feature_external_ges")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return Set.of("xml");
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (!(call.func() instanceof Expr.Attribute a) || !a.attr().equals("setFeature") || call.args().size() != 2) {
      return;
    }
    Expr feature = call.args().get(0);
    boolean external = context.qualifiedName(feature).filter(FEATURE_NAMES::contains).isPresent()
        || context.constantString(feature).filter(FEATURE_URIS::contains).isPresent();
    if (external && Constants.isTrue(Optional.of(call.args().get(1)), context)) {
      context.report(call, "the parser loads external entities: a document can read local files and make the "
          + "server fetch URLs (XXE)");
    }
  }
}
