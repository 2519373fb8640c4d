package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class WeakHashRuleTest {

  @Test
  void flagsWeakHashConstructorsOnly() {
    RuleVerifier.verify(new WeakHashRule(), "BW303.py");
  }
}
