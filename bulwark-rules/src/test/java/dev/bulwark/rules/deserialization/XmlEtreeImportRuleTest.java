package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class XmlEtreeImportRuleTest {

  @Test
  void flagsTheImportAndNothingElse() {
    RuleVerifier.verify(new XmlEtreeImportRule(), "BW405.py");
  }
}
