package dev.bulwark.rules.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.report.Finding;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrojanSourceRuleTest {

  @Test
  void flagsBidirectionalControls() {
    RuleVerifier.verify(new TrojanSourceRule(), "BW613.py");
  }

  @Test
  void gradesMarksBelowControlsAndCountsColumnsInBytes() {
    String code = "x = \"\u00e9\u202e\"\ny = \"\u200f\"\n";
    List<Finding> findings = Findings.of(new TrojanSourceRule(), code, "m.py");
    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).severity()).isEqualTo(Severity.HIGH);
    // 'x = "' is 5 bytes and the accented e two more
    assertThat(findings.get(0).location().column()).isEqualTo(7);
    assertThat(findings.get(1).severity()).isEqualTo(Severity.LOW);
  }
}
