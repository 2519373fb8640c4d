package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class XmlPulldomParseRuleTest {

  @Test
  void flagsPulldomParsingAndNothingElse() {
    RuleVerifier.verify(new XmlPulldomParseRule(), "BW319.py");
  }
}
