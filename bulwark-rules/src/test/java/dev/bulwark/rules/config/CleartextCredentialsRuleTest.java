package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class CleartextCredentialsRuleTest {

  @Test
  void flagsCredentialsOverPlainHttp() {
    RuleVerifier.verify(new CleartextCredentialsRule(), "BW970.py");
  }
}
