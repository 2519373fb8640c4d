package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class InvisibleCharacterRuleTest {

  @Test
  void flagsInvisibleCharacters() {
    RuleVerifier.verify(new InvisibleCharacterRule(), "BW968.py");
  }
}
