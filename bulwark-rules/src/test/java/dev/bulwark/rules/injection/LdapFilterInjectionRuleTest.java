package dev.bulwark.rules.injection;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class LdapFilterInjectionRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new LdapFilterInjectionRule(), "BW904.py");
  }

  @Test
  void silentWithoutAnLdapLibrary() {
    FixtureRunner.verifyNoFindings(new LdapFilterInjectionRule(), "BW904_no_ldap.py");
  }
}
