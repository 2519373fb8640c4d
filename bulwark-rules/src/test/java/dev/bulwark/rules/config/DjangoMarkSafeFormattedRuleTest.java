package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class DjangoMarkSafeFormattedRuleTest {

  @Test
  void flagsFormattedMarkSafe() {
    RuleVerifier.verify(new DjangoMarkSafeFormattedRule(), "BW703.py");
  }
}
