package dev.bulwark.deps.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.deps.advisory.OsvSeverity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Cvss3Test {

  // Scores from FIRST's published v3.1 / v3.0 examples and its calculator.
  @ParameterizedTest
  @CsvSource({
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 9.8, CRITICAL",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H, 10.0, CRITICAL",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N, 6.1, MEDIUM",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H, 7.5, HIGH",
    "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H, 7.8, HIGH",
    "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:N, 3.7, LOW",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N, 0.0, NONE",
    "CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N, 6.4, MEDIUM",
    "CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N, 1.6, LOW",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O, 9.8, CRITICAL",
  })
  void baseScores(String vector, double score, Severity severity) {
    CvssScore s = Cvss3.score(vector).orElseThrow();
    assertThat(s.baseScore()).isEqualTo(score);
    assertThat(s.severity()).isEqualTo(severity);
  }

  @ParameterizedTest
  @CsvSource({
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H",
    "CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
    "CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
    "CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P",
    "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
  })
  void invalidVectorsHaveNoScore(String vector) {
    assertThat(Cvss3.score(vector)).isEmpty();
  }

  @Test
  void roundingDiffersBetweenVersions() {
    assertThat(Cvss3.roundUp(4.000001, "3.1")).isEqualTo(4.0);
    assertThat(Cvss3.roundUp(4.02, "3.1")).isEqualTo(4.1);
    assertThat(Cvss3.roundUp(4.0, "3.0")).isEqualTo(4.0);
  }

  @Test
  void ratingTakesTheHighestV3() {
    SeverityRating both = SeverityRating.of(List.of(
        new OsvSeverity("CVSS_V3", "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:N"),
        new OsvSeverity("CVSS_V3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H")));
    assertThat(both.severity()).isEqualTo(Severity.HIGH);
    assertThat(SeverityRating.of(List.of()).severity()).isEqualTo(Severity.UNKNOWN);
  }
}
