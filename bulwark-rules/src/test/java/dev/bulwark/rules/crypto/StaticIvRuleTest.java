package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class StaticIvRuleTest {

  @Test
  void flagsFixedIvsAndNonces() {
    RuleVerifier.verify(new StaticIvRule(), "BW921.py");
  }
}
