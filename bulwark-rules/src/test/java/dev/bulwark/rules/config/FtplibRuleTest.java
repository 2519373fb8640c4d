package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class FtplibRuleTest {

  @Test
  void flagsPlainFtp() {
    RuleVerifier.verify(new FtplibRule(), "BW321.py");
  }
}
