package dev.bulwark.rules.taint;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class XxeInjectionRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new XxeInjectionRule(), "BW817.py");
  }
}
