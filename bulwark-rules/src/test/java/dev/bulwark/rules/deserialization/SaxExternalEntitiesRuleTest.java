package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class SaxExternalEntitiesRuleTest {

  @Test
  void flagsParsersSwitchedToLoadExternalEntities() {
    RuleVerifier.verify(new SaxExternalEntitiesRule(), "BW949.py");
  }
}
