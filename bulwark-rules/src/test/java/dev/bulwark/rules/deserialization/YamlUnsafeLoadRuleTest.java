package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class YamlUnsafeLoadRuleTest {

  @Test
  void flagsUnsafeYamlShortcutsAndNothingElse() {
    RuleVerifier.verify(new YamlUnsafeLoadRule(), "BW947.py");
  }
}
