package dev.bulwark.rules.injection;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class SubprocessGetoutputRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new SubprocessGetoutputRule(), "BW901.py");
  }
}
