package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class HardcodedPasswordDefaultRuleTest {

  @Test
  void flagsLiteralDefaults() {
    RuleVerifier.verify(new HardcodedPasswordDefaultRule(), "BW107.py");
  }
}
