package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class SslVerificationOffRuleTest {

  @Test
  void flagsVerificationSwitchedOff() {
    RuleVerifier.verify(new SslVerificationOffRule(), "BW924.py");
  }
}
