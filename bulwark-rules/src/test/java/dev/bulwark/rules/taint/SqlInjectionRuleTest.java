package dev.bulwark.rules.taint;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class SqlInjectionRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new SqlInjectionRule(), "BW802.py");
  }
}
