package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class HardcodedPasswordFuncArgRuleTest {

  @Test
  void flagsLiteralKeywordArguments() {
    RuleVerifier.verify(new HardcodedPasswordFuncArgRule(), "BW106.py");
  }
}
