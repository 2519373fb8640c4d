package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class EcbModeRuleTest {

  @Test
  void flagsEcbModeOnly() {
    RuleVerifier.verify(new EcbModeRule(), "BW305.py");
  }
}
