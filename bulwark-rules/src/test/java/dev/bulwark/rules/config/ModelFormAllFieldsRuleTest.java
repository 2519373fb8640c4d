package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class ModelFormAllFieldsRuleTest {

  @Test
  void flagsFormsThatTakeEveryField() {
    RuleVerifier.verify(new ModelFormAllFieldsRule(), "BW961.py");
  }
}
