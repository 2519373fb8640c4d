package dev.bulwark.rules.docs;

import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders the rule catalog from the rules' own metadata: the list, one section per rule, and the
 * parity table against Bandit and Ruff. {@code docs/rules.md} is this output; a test keeps it current.
 */
public final class RuleCatalogDoc {
  private RuleCatalogDoc() {}

  public static String markdown(List<Rule> rules) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Bulwark code rules\n\n");
    sb.append("Generated from the rules' metadata by `RuleCatalogDoc`; do not edit by hand. ")
        .append("Regenerate with `mvn -pl bulwark-rules test -Dtest=RulesDocTest -Dbulwark.updateDocs=true`.\n\n");
    sb.append(rules.size()).append(" rules.\n\n");
    sb.append("| id | name | severity | confidence | CWE | covers | status | summary |\n");
    sb.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (Rule rule : rules) {
      RuleMetadata m = rule.metadata();
      sb.append("| [").append(m.id()).append("](#").append(m.id().toLowerCase(Locale.ROOT)).append(") | ")
          .append(m.name()).append(" | ").append(lower(m.severity())).append(" | ").append(lower(m.confidence()))
          .append(" | ").append(cwes(m)).append(" | ").append(String.join(", ", m.aliases())).append(" | ")
          .append(lower(m.status())).append(" | ").append(m.summary()).append(" |\n");
    }
    sb.append("\n## Parity with Bandit and Ruff\n\n");
    sb.append("Every Bandit check and Ruff `S` rule, and the Bulwark rule that covers it.\n\n");
    sb.append("| Bandit | Ruff | Bulwark |\n| --- | --- | --- |\n");
    for (PeerCode peer : PeerCode.all()) {
      sb.append("| ").append(peer.banditId()).append(' ').append(peer.banditName())
          .append(peer.active() ? "" : " (removed from Bandit)").append(" | ")
          .append(peer.ruffCode() == null ? "-" : peer.ruffCode() + " (" + peer.ruffStatus() + ")").append(" | ")
          .append(coveredBy(rules, peer)).append(" |\n");
    }
    sb.append("\n## Rules\n");
    for (Rule rule : rules) {
      sb.append('\n').append(explain(rule));
    }
    return sb.toString();
  }

  /** The full text of one rule, as {@code bulwark rules explain} prints it. */
  public static String explain(Rule rule) {
    RuleMetadata m = rule.metadata();
    RuleDoc d = m.doc();
    StringBuilder sb = new StringBuilder();
    sb.append("### ").append(m.id()).append(": ").append(m.name()).append("\n\n");
    sb.append(m.summary()).append(".\n\n");
    sb.append("Severity ").append(lower(m.severity())).append(", confidence ").append(lower(m.confidence()))
        .append(", ").append(cwes(m)).append(m.aliases().isEmpty() ? "" : ", covers " + String.join(", ", m.aliases()))
        .append(", ").append(lower(m.status())).append(" since ").append(m.since()).append(".\n\n");
    section(sb, "What it does", d.whatItDoes());
    section(sb, "Why is this bad?", d.whyBad());
    code(sb, "Example", d.example());
    code(sb, "Use instead", d.useInstead());
    section(sb, "Fix", d.fix());
    section(sb, "Known false positives", d.falsePositives());
    if (!d.references().isEmpty()) {
      sb.append("#### References\n\n");
      for (String ref : d.references()) {
        sb.append("- ").append(ref).append('\n');
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String coveredBy(List<Rule> rules, PeerCode peer) {
    String ids = rules.stream()
        .filter(r -> r.metadata().aliases().contains(peer.banditId())
            || (peer.ruffCode() != null && r.metadata().aliases().contains(peer.ruffCode())))
        .map(r -> r.metadata().id() + " " + r.metadata().name())
        .collect(Collectors.joining(", "));
    if (!ids.isEmpty()) {
      return ids;
    }
    return peer.active() || "st".equals(peer.ruffStatus()) || "pv".equals(peer.ruffStatus())
        ? "**not covered yet**" : "- (retired by both tools)";
  }

  private static void section(StringBuilder sb, String title, String text) {
    sb.append("#### ").append(title).append("\n\n").append(text).append("\n\n");
  }

  private static void code(StringBuilder sb, String title, String text) {
    sb.append("#### ").append(title).append("\n\n```python\n").append(text).append("\n```\n\n");
  }

  private static String cwes(RuleMetadata m) {
    return m.cwes().stream().map(c -> "CWE-" + c).collect(Collectors.joining(", "));
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
