package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class HardcodedSecretKeyRuleTest {

  @Test
  void flagsHardcodedSigningKeys() {
    RuleVerifier.verify(new HardcodedSecretKeyRule(), "BW964.py");
  }
}
