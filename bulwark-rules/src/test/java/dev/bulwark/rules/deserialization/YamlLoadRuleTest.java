package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class YamlLoadRuleTest {

  @Test
  void flagsUnsafeLoadersAndNothingElse() {
    RuleVerifier.verify(new YamlLoadRule(), "BW506.py");
  }
}
