package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class RequestWithoutVerifyRuleTest {

  @Test
  void flagsVerifyFalse() {
    RuleVerifier.verify(new RequestWithoutVerifyRule(), "BW501.py");
  }
}
