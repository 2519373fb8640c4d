package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class MarshalLoadRuleTest {

  @Test
  void flagsMarshalLoadsAndNothingElse() {
    RuleVerifier.verify(new MarshalLoadRule(), "BW302.py");
  }
}
