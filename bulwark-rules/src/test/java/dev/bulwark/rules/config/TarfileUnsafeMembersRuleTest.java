package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class TarfileUnsafeMembersRuleTest {

  @Test
  void flagsUnfilteredTarExtraction() {
    RuleVerifier.verify(new TarfileUnsafeMembersRule(), "BW202.py");
  }
}
