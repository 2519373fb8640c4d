package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class InsecureRandomRuleTest {

  @Test
  void flagsRandomModuleCalls() {
    RuleVerifier.verify(new InsecureRandomRule(), "BW311.py");
  }

  @Test
  void gradesConfidenceByWhereTheValueGoes() {
    Fixtures.assertConfidenceTags(new InsecureRandomRule(), "BW311.py");
  }
}
