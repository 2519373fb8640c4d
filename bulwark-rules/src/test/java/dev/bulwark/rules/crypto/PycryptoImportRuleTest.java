package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class PycryptoImportRuleTest {

  @Test
  void flagsCryptoPackageImports() {
    RuleVerifier.verify(new PycryptoImportRule(), "BW413.py");
  }
}
