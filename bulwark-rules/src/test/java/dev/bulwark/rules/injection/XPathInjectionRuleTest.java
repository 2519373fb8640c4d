package dev.bulwark.rules.injection;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class XPathInjectionRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new XPathInjectionRule(), "BW905.py");
  }
}
