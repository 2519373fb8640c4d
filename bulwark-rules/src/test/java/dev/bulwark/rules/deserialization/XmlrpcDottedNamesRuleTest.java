package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class XmlrpcDottedNamesRuleTest {

  @Test
  void flagsDottedNamesAndNothingElse() {
    RuleVerifier.verify(new XmlrpcDottedNamesRule(), "BW942.py");
  }
}
