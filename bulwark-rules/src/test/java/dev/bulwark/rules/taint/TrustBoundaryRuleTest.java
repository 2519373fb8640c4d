package dev.bulwark.rules.taint;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class TrustBoundaryRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new TrustBoundaryRule(), "BW813.py");
  }
}
