package dev.bulwark.rules.taint;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.taint.SinkKind;
import java.util.List;

/** Attacker data reaches the text of an XPath query, by the taint analysis. */
public final class XPathQueryInjectionRule extends TaintRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW811", "xpath-query-injection",
      "Attacker data reaches the text of an XPath query", Severity.HIGH, Confidence.MEDIUM, List.of(643), List.of(),
      RuleMetadata.Status.STABLE, "0.2", new RuleDoc(
          "Follows attacker data to the query text of lxml's `xpath()` method, `etree.XPath` and `etree.ETXPath`. Values passed as XPath variables (`tree.xpath(\"//user[@name=$n]\", n=name)`) are not query text and are never reported.",
          "Quotes in the value close the literal and add conditions: `' or '1'='1` selects every node, which bypasses a login check built on XPath or leaks the whole document.",
          "name = request.args[\"name\"]\nnodes = tree.xpath(\"//user[@name='%s']\" % name)",
          "name = request.args[\"name\"]\nnodes = tree.xpath(\"//user[@name=$name]\", name=name)",
          "Pass values as XPath variables and keep the query text constant.",
          "Any object with an `xpath` method is taken for lxml's, in a file that imports lxml. Data from the command line, the environment or `input()` belongs to whoever runs the program; it is reported at low severity and confidence. Silence one finding with `# bulwark: ignore[BW811]`.",
          List.of("https://cwe.mitre.org/data/definitions/643.html")));

  public XPathQueryInjectionRule() {
    super(SinkKind.XPATH, "the sender rewrites the query");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
