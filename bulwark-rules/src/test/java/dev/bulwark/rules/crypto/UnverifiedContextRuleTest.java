package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class UnverifiedContextRuleTest {

  @Test
  void flagsUnverifiedContexts() {
    RuleVerifier.verify(new UnverifiedContextRule(), "BW323.py");
  }
}
