package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class RequestWithoutTimeoutRuleTest {

  @Test
  void flagsRequestsThatMayWaitForEver() {
    RuleVerifier.verify(new RequestWithoutTimeoutRule(), "BW113.py");
  }
}
