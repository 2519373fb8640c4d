package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class BrokenCipherRuleTest {

  @Test
  void flagsBrokenCiphersOnly() {
    RuleVerifier.verify(new BrokenCipherRule(), "BW304.py");
  }
}
