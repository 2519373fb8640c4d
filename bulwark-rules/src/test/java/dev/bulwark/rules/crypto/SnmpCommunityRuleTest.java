package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class SnmpCommunityRuleTest {

  @Test
  void flagsCommunityAuthentication() {
    RuleVerifier.verify(new SnmpCommunityRule(), "BW508.py");
  }
}
