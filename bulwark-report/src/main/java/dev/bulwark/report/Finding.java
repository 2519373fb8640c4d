package dev.bulwark.report;

import java.util.List;

/**
 * One problem found in one place. It carries what a report needs to explain itself, copied from
 * the rule that made it, so that reporters never need the rules.
 *
 * @param ruleId stable code, e.g. {@code BW602}
 * @param ruleName kebab-case name, e.g. {@code subprocess-shell-true}
 * @param message what is wrong here, in one sentence
 * @param severity how bad it is if real
 * @param confidence how sure the rule is
 * @param cwes the CWE numbers, most specific first
 * @param location where
 * @param fix how to fix it, in one sentence
 * @param flow the source-to-sink path of a taint finding, source first; empty for other findings
 */
public record Finding(String ruleId, String ruleName, String message, Severity severity, Confidence confidence,
    List<Integer> cwes, Location location, String fix, List<FlowStep> flow) {

  public Finding {
    flow = flow == null ? List.of() : List.copyOf(flow);
  }

  /** A finding without a taint path. */
  public Finding(String ruleId, String ruleName, String message, Severity severity, Confidence confidence,
      List<Integer> cwes, Location location, String fix) {
    this(ruleId, ruleName, message, severity, confidence, cwes, location, fix, List.of());
  }
}
