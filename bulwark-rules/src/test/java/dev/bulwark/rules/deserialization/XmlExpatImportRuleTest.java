package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class XmlExpatImportRuleTest {

  @Test
  void flagsTheImportAndNothingElse() {
    RuleVerifier.verify(new XmlExpatImportRule(), "BW407.py");
  }
}
