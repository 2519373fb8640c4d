package dev.bulwark.rules.taint;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class RegexInjectionRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new RegexInjectionRule(), "BW810.py");
  }
}
