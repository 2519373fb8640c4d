package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class SnmpWeakSecurityRuleTest {

  @Test
  void flagsWeakSnmpV3Users() {
    RuleVerifier.verify(new SnmpWeakSecurityRule(), "BW509.py");
  }
}
