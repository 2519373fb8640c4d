package dev.bulwark.rules.deserialization;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.rules.RuleContext;
import java.util.List;
import java.util.Optional;

/** What the standard-library XML rules (BW313 to BW319) share. */
final class XmlParsers {
  private XmlParsers() {}

  /** Every function of an ElementTree module that parses XML text or builds a parser. */
  static List<String> elementTreeParsers(String module) {
    return List.of(module + ".parse", module + ".iterparse", module + ".fromstring", module + ".fromstringlist",
        module + ".XML", module + ".XMLID", module + ".XMLParser", module + ".XMLPullParser");
  }

  /**
   * Whether the call hands its parsing to a parser from defusedxml ({@code parser=DefusedXMLParser()}),
   * which refuses the entity tricks the XML rules are about.
   */
  static boolean usesDefusedParser(Expr.Call call, RuleContext context) {
    Optional<Expr> parser = context.argument(call, 1, "parser");
    if (parser.isEmpty()) {
      return false;
    }
    Expr p = parser.get() instanceof Expr.Call made ? made.func() : parser.get();
    return context.qualifiedName(p).map(n -> n.startsWith("defusedxml.")).orElse(false);
  }
}
