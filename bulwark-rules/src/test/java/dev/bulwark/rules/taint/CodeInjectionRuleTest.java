package dev.bulwark.rules.taint;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class CodeInjectionRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new CodeInjectionRule(), "BW803.py");
  }
}
