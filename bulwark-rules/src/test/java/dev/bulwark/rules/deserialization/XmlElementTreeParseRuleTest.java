package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class XmlElementTreeParseRuleTest {

  @Test
  void flagsElementTreeParsingAndNothingElse() {
    RuleVerifier.verify(new XmlElementTreeParseRule(), "BW314.py");
  }
}
