package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.ModuleRoots;
import java.util.Set;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.BoundArguments;
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.Optional;

/** lxml parsing that resolves entities, including external ones. */
public final class LxmlEntityResolutionRule extends CallRule {

  /** Calls that take a {@code resolve_entities} option. */
  private static final List<String> PARSERS =
      Signatures.known().requireAll(List.of("lxml.etree.XMLParser", "lxml.etree.XMLPullParser",
          "lxml.etree.ETCompatXMLParser", "lxml.etree.iterparse", "lxml.objectify.makeparser"));

  /** Calls that parse with the default parser unless given one as their second argument. */
  private static final List<String> PARSE_FUNCTIONS =
      Signatures.known().requireAll(List.of("lxml.etree.parse", "lxml.etree.fromstring", "lxml.etree.fromstringlist",
          "lxml.etree.XML", "lxml.objectify.parse", "lxml.objectify.fromstring", "lxml.objectify.XML"));

  private static final RuleMetadata METADATA = new RuleMetadata("BW941", "lxml-resolve-entities",
      "lxml parser that resolves XML entities", Severity.MEDIUM, Confidence.MEDIUM, List.of(611, 776),
      List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds lxml parsers built with `resolve_entities=True` or without `resolve_entities`, and "
              + "`lxml.etree.parse`/`fromstring`/`XML` (and the objectify ones) called without a parser of "
              + "their own.",
          "With entity resolution on, lxml replaces an external entity by the file or URL it names, so a "
              + "document declaring `<!ENTITY x SYSTEM \"file:///etc/passwd\">` reads local files into the "
              + "result (XXE) and can make the server fetch internal URLs. This was lxml's default until "
              + "version 5.0, which switched the default to resolving internal entities only.",
          "parser = etree.XMLParser()\ntree = etree.fromstring(upload, parser)",
          "parser = etree.XMLParser(resolve_entities=False, no_network=True)\n"
              + "tree = etree.fromstring(upload, parser)",
          "Build the parser with resolve_entities=False (or \"internal\" on lxml 5+) and pass it to every "
              + "parse call, or parse with defusedxml.lxml.",
          "On lxml 5.0 and later, parsers without `resolve_entities` no longer fetch external entities; "
              + "those cases are reported at medium severity and confidence, and an explicit "
              + "`resolve_entities=True` at high severity. A constant document is reported at low severity. "
              + "Silence one finding with `# bulwark: ignore[BW941]`.",
          List.of("https://cwe.mitre.org/data/definitions/611.html",
              "https://lxml.de/parsing.html#parser-options")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(PARSERS, PARSE_FUNCTIONS);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    Optional<String> name = context.qualifiedName(call.func());
    if (name.isEmpty()) {
      return;
    }
    if (PARSERS.contains(name.get())) {
      checkParser(call, name.get(), context);
    } else if (PARSE_FUNCTIONS.contains(name.get()) && context.arguments(call).isAbsent("parser")) {
      // parse(source, ...), fromstring(text, ...), objectify.parse(f, ...): the document comes first
      if (Constants.isFixedData(context.arguments(call).first(), context)) {
        context.report(call, name.get() + " of a constant document with the default parser",
            Severity.LOW, Confidence.MEDIUM);
      } else {
        context.report(call, name.get() + " without a parser uses lxml's default, which resolves external "
            + "entities before lxml 5.0; pass a parser with resolve_entities=False");
      }
    }
  }

  private static void checkParser(Expr.Call call, String name, RuleContext context) {
    BoundArguments arguments = context.arguments(call);
    Optional<Expr> resolve = arguments.argument("resolve_entities");
    if (resolve.isEmpty()) {
      if (arguments.isAbsent("resolve_entities")) {
        context.report(call, name + " without resolve_entities=False resolves external entities before lxml 5.0");
      }
      return;
    }
    // the string "internal" (lxml 5+) resolves only entities declared inside the document
    boolean internalOnly = context.constant(resolve.get()).orElse(null) instanceof PyConstant.PyStr;
    if (!internalOnly && Constants.isTrue(resolve, context)) {
      context.report(call, name + " with resolve_entities=True lets a document read local files and URLs (XXE)",
          Severity.HIGH, Confidence.HIGH);
    }
  }
}
