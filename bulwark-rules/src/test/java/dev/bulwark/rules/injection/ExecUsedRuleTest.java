package dev.bulwark.rules.injection;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class ExecUsedRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new ExecUsedRule(), "BW102.py");
  }
}
