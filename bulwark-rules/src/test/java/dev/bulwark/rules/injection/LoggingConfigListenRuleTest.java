package dev.bulwark.rules.injection;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class LoggingConfigListenRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new LoggingConfigListenRule(), "BW612.py");
  }
}
