package dev.bulwark.rules.injection;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class PartialExecutablePathRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new PartialExecutablePathRule(), "BW607.py");
  }
}
