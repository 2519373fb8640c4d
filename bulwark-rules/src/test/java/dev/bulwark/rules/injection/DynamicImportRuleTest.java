package dev.bulwark.rules.injection;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class DynamicImportRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new DynamicImportRule(), "BW902.py");
  }
}
