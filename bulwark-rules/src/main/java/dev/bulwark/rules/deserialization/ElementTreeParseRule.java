package dev.bulwark.rules.deserialization;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;
import java.util.Optional;

/**
 * The parsing calls of one ElementTree module (BW313, BW314): every function that parses XML text
 * or builds a parser, unless the call is handed a parser from defusedxml.
 */
abstract class ElementTreeParseRule extends DangerousCallRule {

  /** @param module the ElementTree module, e.g. {@code xml.etree.ElementTree} */
  ElementTreeParseRule(RuleMetadata metadata, String module) {
    super(metadata, List.of(module + ".parse", module + ".iterparse", module + ".fromstring",
            module + ".fromstringlist", module + ".XML", module + ".XMLID", module + ".XMLParser",
            module + ".XMLPullParser"),
        "entity expansion in untrusted XML can exhaust memory; use defusedxml.ElementTree");
  }

  /**
   * A call that hands its parsing to a parser from defusedxml ({@code parser=DefusedXMLParser()})
   * refuses the entity tricks these rules are about.
   */
  @Override
  final boolean isSafeUse(Expr.Call call, RuleContext context) {
    // parse(source, parser), iterparse(source, events, parser); the parser classes take none
    Optional<Expr> parser = context.argument(call, "parser");
    if (parser.isEmpty()) {
      return false;
    }
    Expr p = parser.get() instanceof Expr.Call made ? made.func() : parser.get();
    return context.qualifiedName(p).map(n -> n.startsWith("defusedxml.")).orElse(false);
  }
}
