package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class PickleBackedLoadRuleTest {

  @Test
  void flagsJoblibAndPickledNumpyLoadsAndNothingElse() {
    RuleVerifier.verify(new PickleBackedLoadRule(), "BW940.py");
  }
}
