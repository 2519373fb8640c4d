package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class JwtUnverifiedRuleTest {

  @Test
  void flagsUnverifiedTokens() {
    RuleVerifier.verify(new JwtUnverifiedRule(), "BW927.py");
  }
}
