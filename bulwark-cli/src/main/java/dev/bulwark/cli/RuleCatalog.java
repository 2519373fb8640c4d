package dev.bulwark.cli;

import dev.bulwark.report.suppress.RuleResolver;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleMetadata;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every code a user may write for a rule (its id, its name, a Bandit or Ruff alias, or a
 * {@code CWE-n} that names all rules with that weakness), resolved to rule ids.
 */
final class RuleCatalog implements RuleResolver {

  private final List<Rule> rules;
  private final Map<String, Set<String>> byCode = new HashMap<>();

  RuleCatalog(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    for (Rule rule : this.rules) {
      RuleMetadata m = rule.metadata();
      add(m.id(), m.id());
      add(m.name(), m.id());
      for (String alias : m.aliases()) {
        add(alias, m.id());
      }
    }
  }

  List<Rule> rules() {
    return rules;
  }

  @Override
  public Set<String> ruleIds(String code) {
    String key = code.strip().toLowerCase(Locale.ROOT);
    Set<String> ids = byCode.get(key);
    if (ids != null) {
      return ids;
    }
    if (key.startsWith("cwe-")) {
      Set<String> out = new LinkedHashSet<>();
      for (Rule rule : rules) {
        if (rule.metadata().matches(key)) {
          out.add(rule.metadata().id());
        }
      }
      return Set.copyOf(out);
    }
    return Set.of();
  }

  private void add(String code, String id) {
    byCode.computeIfAbsent(code.toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(id);
  }
}
