package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class XmlCElementTreeParseRuleTest {

  @Test
  void flagsCElementTreeParsingAndNothingElse() {
    RuleVerifier.verify(new XmlCElementTreeParseRule(), "BW313.py");
  }
}
