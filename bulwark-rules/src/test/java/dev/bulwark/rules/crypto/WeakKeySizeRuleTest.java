package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class WeakKeySizeRuleTest {

  @Test
  void flagsSmallKeys() {
    RuleVerifier.verify(new WeakKeySizeRule(), "BW505.py");
  }
}
