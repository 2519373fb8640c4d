package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class CloudpickleLoadRuleTest {

  @Test
  void flagsCloudpickleFamilyLoadsAndNothingElse() {
    RuleVerifier.verify(new CloudpickleLoadRule(), "BW946.py");
  }
}
