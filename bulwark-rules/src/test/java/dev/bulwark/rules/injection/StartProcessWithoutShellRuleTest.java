package dev.bulwark.rules.injection;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class StartProcessWithoutShellRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new StartProcessWithoutShellRule(), "BW606.py");
  }
}
