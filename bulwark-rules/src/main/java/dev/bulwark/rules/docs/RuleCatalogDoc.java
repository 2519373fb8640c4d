package dev.bulwark.rules.docs;

import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders the rule catalog from the rules' own metadata: the list, one section per rule, the parity
 * table against Bandit and Ruff, and the differences from Bandit measured on the CPython standard
 * library ({@link BanditDifferences}). {@code docs/rules.md} is this output; a test keeps it current.
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
    sb.append(banditDifferences(BanditDifferences.load()));
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

  /** The section that explains each line Bandit and Bulwark do not both report on the standard library. */
  static String banditDifferences(BanditDifferences notes) {
    Map<String, PeerCode> peers = PeerCode.all().stream()
        .collect(Collectors.toMap(PeerCode::banditId, p -> p, (a, b) -> a, LinkedHashMap::new));
    StringBuilder sb = new StringBuilder();
    sb.append("\n## Differences from Bandit on the CPython standard library\n\n");
    sb.append("Measured with ").append(notes.measured()).append(". ")
        .append("Per Bandit id, the figures count (file, line) pairs: reported by both tools, by Bandit only, ")
        .append("and by Bulwark only. Differences that were Bulwark bugs have been fixed; every one that remains ")
        .append("is deliberate and explained below. `tools/parity/run.sh --details all` lists the lines.\n\n");
    List<BanditDifferences.Check> checks = notes.checks();
    sb.append("In total: ").append(checks.stream().mapToInt(BanditDifferences.Check::both).sum())
        .append(" both, ").append(checks.stream().mapToInt(BanditDifferences.Check::banditOnly).sum())
        .append(" Bandit only, ").append(checks.stream().mapToInt(BanditDifferences.Check::bulwarkOnly).sum())
        .append(" Bulwark only.\n\n");
    String same = checks.stream().filter(c -> c.banditOnly() == 0 && c.bulwarkOnly() == 0)
        .map(c -> c.banditId() + " " + peers.get(c.banditId()).banditName() + " (" + c.both() + ")")
        .collect(Collectors.joining(", "));
    if (!same.isEmpty()) {
      sb.append("Both tools report exactly the same lines for ").append(same).append(".\n\n");
    }
    if (!notes.reasons().isEmpty()) {
      sb.append("Reasons that several ids share:\n\n");
      for (BanditDifferences.Reason r : notes.reasons().values()) {
        sb.append("- **").append(r.title()).append(".** ").append(r.text()).append('\n');
      }
    }
    for (BanditDifferences.Check c : checks) {
      if (c.groups().isEmpty()) {
        continue;
      }
      sb.append("\n### ").append(c.banditId()).append(' ').append(peers.get(c.banditId()).banditName())
          .append("\n\n");
      sb.append("Both ").append(c.both()).append(", Bandit only ").append(c.banditOnly()).append(", Bulwark only ")
          .append(c.bulwarkOnly()).append(".\n\n");
      sb.append("| only in | lines | why |\n| --- | --- | --- |\n");
      for (BanditDifferences.Group g : c.groups()) {
        sb.append("| ").append(g.onlyIn() == BanditDifferences.Tool.BANDIT ? "Bandit" : "Bulwark").append(" | ")
            .append(g.lines()).append(" | ").append(notes.reasonOf(g))
            .append(g.reasonKey() == null ? "" : " (a shared reason, above)").append(" |\n");
      }
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
