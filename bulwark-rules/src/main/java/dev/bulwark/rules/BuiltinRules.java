package dev.bulwark.rules;

import dev.bulwark.rules.config.ConfigurationRules;
import dev.bulwark.rules.crypto.CryptoRules;
import dev.bulwark.rules.deserialization.DeserializationRules;
import dev.bulwark.rules.injection.InjectionRules;
import dev.bulwark.rules.taint.TaintRules;
import java.util.Comparator;
import java.util.List;

/**
 * Every built-in code rule, listed by hand (no classpath scanning: it costs start-up time and
 * hides what is registered). Kept sorted by id.
 */
public final class BuiltinRules {
  private BuiltinRules() {}

  /** The rules a scan runs unless told otherwise: the stable ones. */
  public static List<Rule> stable() {
    return all().stream().filter(r -> r.metadata().status() == RuleMetadata.Status.STABLE).toList();
  }

  public static List<Rule> all() {
    List<Rule> rules = new java.util.ArrayList<>();
    rules.addAll(InjectionRules.all());
    rules.addAll(CryptoRules.all());
    rules.addAll(DeserializationRules.all());
    rules.addAll(ConfigurationRules.all());
    rules.addAll(TaintRules.all());
    rules.sort(Comparator.comparing(r -> r.metadata().id()));
    return List.copyOf(rules);
  }
}
