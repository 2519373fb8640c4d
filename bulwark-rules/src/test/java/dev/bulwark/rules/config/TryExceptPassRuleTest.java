package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class TryExceptPassRuleTest {

  @Test
  void flagsBroadExceptPass() {
    RuleVerifier.verify(new TryExceptPassRule(), "BW110.py");
  }
}
