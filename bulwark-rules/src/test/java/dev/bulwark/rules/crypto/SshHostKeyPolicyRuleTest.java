package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class SshHostKeyPolicyRuleTest {

  @Test
  void flagsPermissiveHostKeyPolicies() {
    RuleVerifier.verify(new SshHostKeyPolicyRule(), "BW507.py");
  }
}
