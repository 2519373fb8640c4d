package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class HuggingFaceUnpinnedRevisionRuleTest {

  @Test
  void flagsUnpinnedHubDownloadsAndNothingElse() {
    RuleVerifier.verify(new HuggingFaceUnpinnedRevisionRule(), "BW615.py");
  }
}
