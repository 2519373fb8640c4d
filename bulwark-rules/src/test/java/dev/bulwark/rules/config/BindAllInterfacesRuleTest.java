package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class BindAllInterfacesRuleTest {

  @Test
  void flagsListeningAddressesOnly() {
    RuleVerifier.verify(new BindAllInterfacesRule(), "BW104.py");
  }
}
