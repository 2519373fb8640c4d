package dev.bulwark.cli;

import dev.bulwark.report.RuleDescriptor;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.rules.docs.RuleCatalogDoc;
import java.util.List;

/** The rules as the report writers see them: the report module knows findings, not rule classes. */
final class RuleDescriptors {
  private RuleDescriptors() {}

  static List<RuleDescriptor> of(List<Rule> rules) {
    return rules.stream().map(RuleDescriptors::of).toList();
  }

  static RuleDescriptor of(Rule rule) {
    RuleMetadata m = rule.metadata();
    List<String> references = m.doc().references();
    return new RuleDescriptor(m.id(), m.name(), m.summary(), RuleCatalogDoc.explain(rule), m.doc().fix(), m.cwes(),
        m.severity(), m.aliases(), references.isEmpty() ? null : references.get(0));
  }
}
