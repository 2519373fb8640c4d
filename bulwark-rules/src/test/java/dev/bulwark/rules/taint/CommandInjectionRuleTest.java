package dev.bulwark.rules.taint;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class CommandInjectionRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new CommandInjectionRule(), "BW801.py");
  }
}
