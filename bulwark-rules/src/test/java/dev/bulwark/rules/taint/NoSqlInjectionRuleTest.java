package dev.bulwark.rules.taint;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class NoSqlInjectionRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new NoSqlInjectionRule(), "BW818.py");
  }
}
