package dev.bulwark.rules.injection;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class DjangoRawSqlRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new DjangoRawSqlRule(), "BW611.py");
  }
}
