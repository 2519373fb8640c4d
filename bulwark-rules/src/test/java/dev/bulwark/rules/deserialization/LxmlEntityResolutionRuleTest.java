package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class LxmlEntityResolutionRuleTest {

  @Test
  void flagsEntityResolvingLxmlParsingAndNothingElse() {
    RuleVerifier.verify(new LxmlEntityResolutionRule(), "BW941.py");
  }
}
