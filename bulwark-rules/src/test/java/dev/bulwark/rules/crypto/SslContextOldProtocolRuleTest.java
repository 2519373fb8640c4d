package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class SslContextOldProtocolRuleTest {

  @Test
  void flagsContextsThatAllowOldProtocols() {
    RuleVerifier.verify(new SslContextOldProtocolRule(), "BW928.py");
  }
}
