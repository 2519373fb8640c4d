package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class HardcodedTempDirectoryRuleTest {

  @Test
  void flagsSharedTemporaryPaths() {
    RuleVerifier.verify(new HardcodedTempDirectoryRule(), "BW108.py");
  }
}
