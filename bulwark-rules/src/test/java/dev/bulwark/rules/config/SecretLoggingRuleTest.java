package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class SecretLoggingRuleTest {

  @Test
  void flagsSecretsInLogs() {
    RuleVerifier.verify(new SecretLoggingRule(), "BW969.py");
  }
}
