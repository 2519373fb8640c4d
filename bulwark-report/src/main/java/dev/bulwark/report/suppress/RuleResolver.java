package dev.bulwark.report.suppress;

import java.util.Set;

/**
 * Turns a code written in a comment (a Bulwark id or name, a Bandit or Ruff alias) into the ids of
 * the rules it names. The caller supplies it, so this module needs no rule catalogue.
 */
@FunctionalInterface
public interface RuleResolver {

  /** The rule ids {@code code} names (case-insensitively), or an empty set when it names none. */
  Set<String> ruleIds(String code);
}
