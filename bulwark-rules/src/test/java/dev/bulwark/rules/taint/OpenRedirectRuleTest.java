package dev.bulwark.rules.taint;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class OpenRedirectRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new OpenRedirectRule(), "BW807.py");
  }
}
