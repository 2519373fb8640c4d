package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class XmlSaxParseRuleTest {

  @Test
  void flagsSaxParsingAndNothingElse() {
    RuleVerifier.verify(new XmlSaxParseRule(), "BW317.py");
  }
}
