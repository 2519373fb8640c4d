package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class UnpackArchiveWithoutFilterRuleTest {

  @Test
  void flagsUnfilteredTarUnpackingAndNothingElse() {
    RuleVerifier.verify(new UnpackArchiveWithoutFilterRule(), "BW944.py");
  }
}
