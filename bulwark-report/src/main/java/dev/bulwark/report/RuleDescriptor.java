package dev.bulwark.report;

import java.util.List;
import java.util.Objects;

/**
 * What a report says about a rule. The caller copies it from the rule's metadata, since the
 * report module does not see the rules.
 *
 * @param id stable code, e.g. {@code BW602}
 * @param name kebab-case name, e.g. {@code subprocess-shell-true}
 * @param summary one line, no final period
 * @param description the full explanation in Markdown (the rule's docs), or {@code null}
 * @param help how to fix a finding, plain text, or {@code null}
 * @param cwes CWE numbers, most specific first
 * @param defaultSeverity the severity of the rule's findings unless a finding grades its own
 * @param aliases ids of the same check in other tools (e.g. Bandit's {@code B602})
 * @param helpUri where the rule is documented online, or {@code null}
 */
public record RuleDescriptor(String id, String name, String summary, String description, String help,
    List<Integer> cwes, Severity defaultSeverity, List<String> aliases, String helpUri) {

  public RuleDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    cwes = cwes == null ? List.of() : List.copyOf(cwes);
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /**
   * The little a finding tells about its rule, for a finding whose rule the caller did not
   * describe.
   */
  public static RuleDescriptor fromFinding(Finding finding) {
    return new RuleDescriptor(finding.ruleId(), finding.ruleName(), finding.ruleName(), null, finding.fix(),
        finding.cwes(), finding.severity(), List.of(), null);
  }
}
