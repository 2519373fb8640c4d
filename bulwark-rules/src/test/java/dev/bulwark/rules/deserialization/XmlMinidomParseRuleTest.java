package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class XmlMinidomParseRuleTest {

  @Test
  void flagsMinidomParsingAndNothingElse() {
    RuleVerifier.verify(new XmlMinidomParseRule(), "BW318.py");
  }
}
