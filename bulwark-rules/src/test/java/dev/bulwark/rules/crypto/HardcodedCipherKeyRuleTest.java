package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class HardcodedCipherKeyRuleTest {

  @Test
  void flagsKeysWrittenInTheSource() {
    RuleVerifier.verify(new HardcodedCipherKeyRule(), "BW922.py");
  }
}
