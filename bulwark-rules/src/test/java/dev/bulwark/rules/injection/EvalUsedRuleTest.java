package dev.bulwark.rules.injection;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class EvalUsedRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new EvalUsedRule(), "BW307.py");
  }
}
