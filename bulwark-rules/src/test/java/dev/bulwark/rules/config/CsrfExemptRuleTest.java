package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class CsrfExemptRuleTest {

  @Test
  void flagsCsrfExemptions() {
    RuleVerifier.verify(new CsrfExemptRule(), "BW965.py");
  }
}
