package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class DebuggerRuleTest {

  @Test
  void flagsBreakpointsAndDebuggerImports() {
    RuleVerifier.verify(new DebuggerRule(), "BW960.py");
  }
}
