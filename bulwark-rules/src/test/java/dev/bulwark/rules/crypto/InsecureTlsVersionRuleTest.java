package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class InsecureTlsVersionRuleTest {

  @Test
  void flagsOldProtocolArguments() {
    RuleVerifier.verify(new InsecureTlsVersionRule(), "BW502.py");
  }
}
