package dev.bulwark.rules.injection;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class SqlStringFormattingRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new SqlStringFormattingRule(), "BW608.py");
  }
}
