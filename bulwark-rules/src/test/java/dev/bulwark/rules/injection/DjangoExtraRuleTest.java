package dev.bulwark.rules.injection;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class DjangoExtraRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new DjangoExtraRule(), "BW610.py");
  }

  @Test
  void silentWithoutDjango() {
    FixtureRunner.verifyNoFindings(new DjangoExtraRule(), "BW610_no_django.py");
  }
}
