package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class MktempRuleTest {

  @Test
  void flagsMktemp() {
    RuleVerifier.verify(new MktempRule(), "BW306.py");
  }
}
