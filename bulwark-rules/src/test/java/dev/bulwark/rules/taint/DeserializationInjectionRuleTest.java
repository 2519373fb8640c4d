package dev.bulwark.rules.taint;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class DeserializationInjectionRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new DeserializationInjectionRule(), "BW808.py");
  }
}
