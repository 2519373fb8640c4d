package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class XmlExpatReaderRuleTest {

  @Test
  void flagsExpatReaderCreationAndNothingElse() {
    RuleVerifier.verify(new XmlExpatReaderRule(), "BW315.py");
  }
}
