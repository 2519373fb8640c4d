package dev.bulwark.rules.taint;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class HeaderInjectionRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new HeaderInjectionRule(), "BW814.py");
  }
}
