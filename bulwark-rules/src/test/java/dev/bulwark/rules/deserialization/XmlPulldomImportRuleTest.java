package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class XmlPulldomImportRuleTest {

  @Test
  void flagsTheImportAndNothingElse() {
    RuleVerifier.verify(new XmlPulldomImportRule(), "BW409.py");
  }
}
