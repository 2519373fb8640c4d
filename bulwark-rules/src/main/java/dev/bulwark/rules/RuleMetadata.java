package dev.bulwark.rules;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import java.util.List;

/**
 * Everything a user reads about a rule, kept in the rule's own class.
 *
 * @param id stable code, {@code BW} and a number, never reused (Bandit's number where the rule covers a Bandit check)
 * @param name kebab-case name
 * @param summary one line, no final period
 * @param severity default severity of its findings
 * @param confidence default confidence of its findings
 * @param cwes CWE numbers, most specific first
 * @param aliases the Bandit {@code B...} and Ruff {@code S...} codes this rule covers
 * @param status stable or preview
 * @param since the Bulwark version that introduced it
 * @param doc the long explanation: what, why, example, fix, known false positives
 */
public record RuleMetadata(String id, String name, String summary, Severity severity, Confidence confidence,
    List<Integer> cwes, List<String> aliases, Status status, String since, RuleDoc doc) {

  /** Whether a rule is on by default. */
  public enum Status { STABLE, PREVIEW }

  public RuleMetadata {
    cwes = List.copyOf(cwes);
    aliases = List.copyOf(aliases);
  }

  /** Whether {@code selector} names this rule: its id, its name, one of its aliases, or {@code CWE-n}. */
  public boolean matches(String selector) {
    if (selector.equalsIgnoreCase(id) || selector.equalsIgnoreCase(name)) {
      return true;
    }
    for (String a : aliases) {
      if (a.equalsIgnoreCase(selector)) {
        return true;
      }
    }
    if (selector.regionMatches(true, 0, "CWE-", 0, 4)) {
      for (int cwe : cwes) {
        if (selector.substring(4).equals(Integer.toString(cwe))) {
          return true;
        }
      }
    }
    return false;
  }
}
