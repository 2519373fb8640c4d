package dev.bulwark.rules.taint;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class ServerSideTemplateInjectionRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new ServerSideTemplateInjectionRule(), "BW809.py");
  }
}
