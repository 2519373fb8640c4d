package dev.bulwark.rules.taint;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class ReflectedXssRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new ReflectedXssRule(), "BW806.py");
  }
}
