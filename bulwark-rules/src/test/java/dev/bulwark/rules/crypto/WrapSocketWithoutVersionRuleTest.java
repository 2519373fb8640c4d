package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class WrapSocketWithoutVersionRuleTest {

  @Test
  void flagsWrapSocketWithoutVersion() {
    RuleVerifier.verify(new WrapSocketWithoutVersionRule(), "BW504.py");
  }
}
