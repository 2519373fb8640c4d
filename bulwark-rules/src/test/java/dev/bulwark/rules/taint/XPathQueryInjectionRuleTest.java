package dev.bulwark.rules.taint;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class XPathQueryInjectionRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new XPathQueryInjectionRule(), "BW811.py");
  }
}
