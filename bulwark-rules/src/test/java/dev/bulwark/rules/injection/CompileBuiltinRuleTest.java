package dev.bulwark.rules.injection;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class CompileBuiltinRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new CompileBuiltinRule(), "BW903.py");
  }
}
