package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class UrlopenSchemeRuleTest {

  @Test
  void flagsUrlsWithoutAFixedScheme() {
    RuleVerifier.verify(new UrlopenSchemeRule(), "BW310.py");
  }
}
