package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class CbcWithoutMacRuleTest {

  @Test
  void flagsCbcWithoutMacInTheSameFunction() {
    RuleVerifier.verify(new CbcWithoutMacRule(), "BW923.py");
  }
}
