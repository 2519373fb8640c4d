package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class Jinja2AutoescapeRuleTest {

  @Test
  void flagsEnvironmentsWithoutAutoescape() {
    RuleVerifier.verify(new Jinja2AutoescapeRule(), "BW701.py");
  }
}
