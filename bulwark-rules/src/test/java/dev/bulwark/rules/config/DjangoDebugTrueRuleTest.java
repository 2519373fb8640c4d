package dev.bulwark.rules.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class DjangoDebugTrueRuleTest {

  @Test
  void flagsDebugInSettings() {
    RuleVerifier.verify(new DjangoDebugTrueRule(), "BW962.py");
  }

  @Test
  void judgesSettingsByFileName() {
    String code = "DEBUG = True\n";
    assertThat(Findings.of(new DjangoDebugTrueRule(), code, "mysite/settings.py")).hasSize(1);
    assertThat(Findings.of(new DjangoDebugTrueRule(), code, "mysite/settings/production.py")).hasSize(1);
    assertThat(Findings.of(new DjangoDebugTrueRule(), code, "mysite/settings/dev.py")).isEmpty();
    assertThat(Findings.of(new DjangoDebugTrueRule(), code, "mysite/local_settings.py")).isEmpty();
    assertThat(Findings.of(new DjangoDebugTrueRule(), code, "mysite/settings_test.py")).isEmpty();
    assertThat(Findings.of(new DjangoDebugTrueRule(), code, "app/config.py")).isEmpty();
  }
}
