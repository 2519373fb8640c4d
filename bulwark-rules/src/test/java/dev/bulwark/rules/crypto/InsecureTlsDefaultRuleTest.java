package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class InsecureTlsDefaultRuleTest {

  @Test
  void flagsOldProtocolDefaults() {
    RuleVerifier.verify(new InsecureTlsDefaultRule(), "BW503.py");
  }
}
