package dev.bulwark.rules.injection;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class OtherFunctionShellTrueRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new OtherFunctionShellTrueRule(), "BW604.py");
  }
}
