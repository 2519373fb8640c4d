package dev.bulwark.rules.injection;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class SubprocessWithoutShellRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new SubprocessWithoutShellRule(), "BW603.py");
  }
}
