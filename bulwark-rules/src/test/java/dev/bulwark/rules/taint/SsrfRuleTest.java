package dev.bulwark.rules.taint;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class SsrfRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new SsrfRule(), "BW805.py");
  }
}
