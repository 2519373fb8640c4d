package dev.bulwark.rules.taint;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class LogInjectionRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new LogInjectionRule(), "BW815.py");
  }
}
