package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class XmlExpatBuilderParseRuleTest {

  @Test
  void flagsExpatBuilderParsingAndNothingElse() {
    RuleVerifier.verify(new XmlExpatBuilderParseRule(), "BW316.py");
  }
}
