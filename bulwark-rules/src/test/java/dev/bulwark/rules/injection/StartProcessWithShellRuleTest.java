package dev.bulwark.rules.injection;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class StartProcessWithShellRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new StartProcessWithShellRule(), "BW605.py");
  }
}
