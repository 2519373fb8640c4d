package dev.bulwark.rules.taint;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class FormatStringInjectionRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new FormatStringInjectionRule(), "BW816.py");
  }
}
