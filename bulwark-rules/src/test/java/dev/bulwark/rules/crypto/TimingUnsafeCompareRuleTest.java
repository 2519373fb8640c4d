package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class TimingUnsafeCompareRuleTest {

  @Test
  void flagsSecretsComparedWithEquals() {
    RuleVerifier.verify(new TimingUnsafeCompareRule(), "BW920.py");
  }

  @Test
  void isSureOnlyAboutHmacs() {
    Fixtures.assertConfidenceTags(new TimingUnsafeCompareRule(), "BW920.py");
  }
}
