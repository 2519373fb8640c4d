package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class XmlMinidomImportRuleTest {

  @Test
  void flagsTheImportAndNothingElse() {
    RuleVerifier.verify(new XmlMinidomImportRule(), "BW408.py");
  }
}
