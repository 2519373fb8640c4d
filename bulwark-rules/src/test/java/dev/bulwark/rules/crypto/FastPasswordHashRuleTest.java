package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class FastPasswordHashRuleTest {

  @Test
  void flagsPasswordsThroughFastHashes() {
    RuleVerifier.verify(new FastPasswordHashRule(), "BW926.py");
  }
}
