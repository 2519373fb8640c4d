package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class TelnetlibRuleTest {

  @Test
  void flagsTelnet() {
    RuleVerifier.verify(new TelnetlibRule(), "BW312.py");
  }
}
