package dev.bulwark.rules.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.rules.RuleVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssertUsedRuleTest {

  @Test
  void flagsAssertsOutsideTests() {
    RuleVerifier.verify(new AssertUsedRule(), "BW101.py");
  }

  @Test
  void skipsTestFiles() {
    String code = "def test_sum():\n    assert 1 + 1 == 2\n";
    for (String path : List.of("tests/unit/helpers.py", "pkg/test_sum.py", "pkg/sum_test.py", "conftest.py",
        "src\\test\\util.py")) {
      assertThat(findings(code, path)).as(path).isZero();
    }
    assertThat(findings(code, "pkg/contest.py")).isEqualTo(1);
    assertThat(findings(code, "pkg/testing_utils.py")).isEqualTo(1);
  }

  private static int findings(String code, String path) {
    return Findings.of(new AssertUsedRule(), code, path).size();
  }
}
