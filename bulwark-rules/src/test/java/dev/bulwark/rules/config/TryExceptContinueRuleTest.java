package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class TryExceptContinueRuleTest {

  @Test
  void flagsBroadExceptContinue() {
    RuleVerifier.verify(new TryExceptContinueRule(), "BW112.py");
  }
}
