package dev.bulwark.rules.taint;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class PathTraversalRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new PathTraversalRule(), "BW804.py");
  }
}
