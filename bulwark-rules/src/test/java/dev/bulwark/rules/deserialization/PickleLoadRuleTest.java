package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class PickleLoadRuleTest {

  @Test
  void flagsPickleFamilyLoadsAndNothingElse() {
    RuleVerifier.verify(new PickleLoadRule(), "BW301.py");
  }
}
