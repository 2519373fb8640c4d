package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class FlaskDebugRuleTest {

  @Test
  void flagsDebugModeOnFlaskApps() {
    RuleVerifier.verify(new FlaskDebugRule(), "BW201.py");
  }
}
