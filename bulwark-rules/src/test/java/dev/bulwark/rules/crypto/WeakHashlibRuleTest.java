package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class WeakHashlibRuleTest {

  @Test
  void flagsWeakHashlibCalls() {
    RuleVerifier.verify(new WeakHashlibRule(), "BW324.py");
  }
}
