package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class TorchLoadRuleTest {

  @Test
  void flagsUnrestrictedTorchLoadsAndNothingElse() {
    RuleVerifier.verify(new TorchLoadRule(), "BW614.py");
  }
}
