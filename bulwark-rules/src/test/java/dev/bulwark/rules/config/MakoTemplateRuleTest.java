package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class MakoTemplateRuleTest {

  @Test
  void flagsMakoWithoutEscaping() {
    RuleVerifier.verify(new MakoTemplateRule(), "BW702.py");
  }
}
