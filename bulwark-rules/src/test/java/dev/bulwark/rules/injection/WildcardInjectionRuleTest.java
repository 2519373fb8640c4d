package dev.bulwark.rules.injection;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class WildcardInjectionRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new WildcardInjectionRule(), "BW609.py");
  }
}
