package dev.bulwark.rules.taint;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class LdapQueryInjectionRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new LdapQueryInjectionRule(), "BW812.py");
  }
}
