package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class DjangoMarkSafeRuleTest {

  @Test
  void flagsOpaqueMarkSafe() {
    RuleVerifier.verify(new DjangoMarkSafeRule(), "BW308.py");
  }
}
