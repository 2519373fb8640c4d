package dev.bulwark.rules.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.report.Finding;
import dev.bulwark.rules.RuleVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsecureCookieRuleTest {

  @Test
  void flagsCookiesWithoutProtectiveAttributes() {
    RuleVerifier.verify(new InsecureCookieRule(), "BW966.py");
  }

  @Test
  void namesOnlyTheCwesOfTheMissingAttributes() {
    String code = "def f(response, t):\n"
        + "    response.set_cookie(\"sid\", t, secure=True, httponly=True)\n"
        + "    response.set_cookie(\"sid\", t, secure=False, httponly=True, samesite=\"Lax\")\n"
        + "    response.set_cookie(\"sid\", t, samesite=\"Strict\")\n"
        + "    response.set_cookie(\"sid\", t)\n";
    List<Finding> findings = Findings.of(new InsecureCookieRule(), code, "app.py");
    assertThat(findings).extracting(Finding::cwes)
        .containsExactly(List.of(1275), List.of(614), List.of(614, 1004), List.of(614, 1004, 1275));
  }

  @Test
  void knowsStarletteDefaultsToSameSiteLax() {
    String code = "from fastapi import Response\n\n\ndef f(response: Response, t):\n"
        + "    response.set_cookie(\"sid\", t, secure=True, httponly=True)\n"
        + "    response.set_cookie(\"sid\", t, httponly=True)\n";
    List<Finding> findings = Findings.of(new InsecureCookieRule(), code, "app.py");
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).message()).isEqualTo("cookie set without secure");
  }
}
