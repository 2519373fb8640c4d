package dev.bulwark.rules.injection;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.CallArguments;
import dev.bulwark.semantic.Signatures;
import dev.bulwark.taint.SinkKind;
import java.util.List;
import java.util.Optional;

/** An XPath expression built by string formatting and evaluated by lxml (or a selector library on top of it). */
public final class XPathInjectionRule extends CallRule {

  private static final List<String> COMPILERS =
      Signatures.known().requireAll(List.of("lxml.etree.XPath", "lxml.etree.ETXPath"));
  private static final String ELEMENT_XPATH = Signatures.known().require("lxml.etree._Element.xpath").name();
  /** Libraries whose own {@code xpath} functions evaluate an expression. */
  private static final List<String> XPATH_LIBRARIES = List.of("lxml.", "parsel.", "scrapy.");

  private static final RuleMetadata METADATA = new RuleMetadata("BW905", "xpath-injection",
      "XPath expression built by string formatting", Severity.HIGH, Confidence.MEDIUM, List.of(643), List.of(),
      RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `.xpath(...)` calls (lxml elements and trees, and the parsel and Scrapy selectors built on "
              + "them) and `lxml.etree.XPath(...)`/`ETXPath(...)` whose expression is built with an f-string, "
              + "`%`, `str.format` or `+` from a value computed at run time, in the call or in a variable "
              + "assigned once.",
          "A quote in the value ends the string literal of the expression, and the rest is read as XPath. "
              + "`' or '1'='1` turns a lookup of one user into a match on all of them, which defeats checks "
              + "built on XML user stores and exposes other nodes of the document.",
          "root.xpath(f\"//user[name='{name}' and password='{password}']\")",
          "root.xpath(\"//user[name=$name and password=$password]\", name=name, password=password)",
          "Pass values as XPath variables ($name in the expression, name=... as a keyword argument of xpath or "
              + "of the compiled XPath object) instead of formatting them into the text.",
          "The receiver's type is not known, so a method named `xpath` on any object counts; only module "
              + "functions of other libraries are left out. Numbers forced by `int(...)` or `%d` are not "
              + "counted. Silence one finding with `# bulwark: ignore[BW905]`.",
          List.of("https://cwe.mitre.org/data/definitions/643.html",
              "https://lxml.de/xpathxslt.html#the-xpath-method")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    Optional<String> resolved = call.func() instanceof Expr.Attribute method
        ? Values.knownMethod(context, method) : context.qualifiedName(call.func());
    Optional<Expr> expression;
    if (resolved.isPresent() && COMPILERS.contains(resolved.get())) {
      expression = context.argument(call, resolved.get(), "path");
    } else if (call.func() instanceof Expr.Attribute a && a.attr().equals("xpath")
        && (resolved.isEmpty() || XPATH_LIBRARIES.stream().anyMatch(resolved.get()::startsWith))) {
      // lxml's element.xpath(_path, ...); parsel's selector.xpath(query, ...) binds query by keyword
      expression = context.argument(call, ELEMENT_XPATH, "_path")
          .or(() -> CallArguments.keyword(call, "query"));
    } else {
      return;
    }
    if (expression.isEmpty()) {
      return;
    }
    Optional<StringTemplate> template = StringTemplate.of(expression.get(), context, true);
    if (template.isPresent() && template.get().injectable()) {
      context.reportInputSensitive(call, "XPath expression built from a run-time value: pass it as an XPath variable",
          java.util.EnumSet.of(SinkKind.XPATH));
    }
  }
}
