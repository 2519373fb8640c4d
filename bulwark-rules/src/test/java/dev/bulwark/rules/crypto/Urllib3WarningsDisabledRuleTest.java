package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class Urllib3WarningsDisabledRuleTest {

  @Test
  void flagsSilencedTlsWarnings() {
    RuleVerifier.verify(new Urllib3WarningsDisabledRule(), "BW925.py");
  }
}
