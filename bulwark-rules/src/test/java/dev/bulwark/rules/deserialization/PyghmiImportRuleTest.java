package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class PyghmiImportRuleTest {

  @Test
  void flagsTheImportAndNothingElse() {
    RuleVerifier.verify(new PyghmiImportRule(), "BW415.py");
  }
}
