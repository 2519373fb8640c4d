package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class KerasUnsafeDeserializationRuleTest {

  @Test
  void flagsKerasSafeModeOffAndNothingElse() {
    RuleVerifier.verify(new KerasUnsafeDeserializationRule(), "BW948.py");
  }
}
