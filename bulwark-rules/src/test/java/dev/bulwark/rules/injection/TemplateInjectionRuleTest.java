package dev.bulwark.rules.injection;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class TemplateInjectionRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new TemplateInjectionRule(), "BW906.py");
  }

  @Test
  void fromStringNeedsJinjaOrFlask() {
    FixtureRunner.verifyNoFindings(new TemplateInjectionRule(), "BW906_no_jinja.py");
  }
}
