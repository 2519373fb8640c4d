package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class MarkupNonLiteralRuleTest {

  @Test
  void flagsNonLiteralMarkup() {
    RuleVerifier.verify(new MarkupNonLiteralRule(), "BW704.py");
  }
}
