package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class BadFilePermissionsRuleTest {

  @Test
  void flagsGroupOrOtherWriteOrExecute() {
    RuleVerifier.verify(new BadFilePermissionsRule(), "BW103.py");
  }
}
