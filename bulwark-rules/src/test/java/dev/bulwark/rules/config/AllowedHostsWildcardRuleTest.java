package dev.bulwark.rules.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class AllowedHostsWildcardRuleTest {

  @Test
  void flagsWildcardHosts() {
    RuleVerifier.verify(new AllowedHostsWildcardRule(), "BW963.py");
  }

  @Test
  void skipsDevelopmentSettings() {
    String code = "ALLOWED_HOSTS = [\"*\"]\n";
    assertThat(Findings.of(new AllowedHostsWildcardRule(), code, "site/settings/prod.py")).hasSize(1);
    assertThat(Findings.of(new AllowedHostsWildcardRule(), code, "site/settings/dev.py")).isEmpty();
    assertThat(Findings.of(new AllowedHostsWildcardRule(), code, "site/settings/local.py")).isEmpty();
  }
}
