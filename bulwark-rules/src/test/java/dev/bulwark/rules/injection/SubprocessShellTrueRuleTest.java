package dev.bulwark.rules.injection;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class SubprocessShellTrueRuleTest {

  @Test
  void flagsShellTrueAndNothingElse() {
    RuleVerifier.verify(new SubprocessShellTrueRule(), "BW602.py");
  }
}
