package dev.bulwark.deps.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.deps.advisory.OsvSeverity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class Cvss4Test {

  /** Each row of the fixture names where its expected score was published. */
  @ParameterizedTest(name = "{1} = {0}")
  @CsvFileSource(resources = "/cvss4/published-scores.csv", delimiter = ',', maxCharsPerColumn = 1000)
  void publishedScores(double expected, String vector, String source) {
    CvssScore s = Cvss4.score(vector).orElseThrow();
    assertThat(s.baseScore()).as(source).isEqualTo(expected);
    assertThat(s.version()).isEqualTo("4.0");
    assertThat(s.severity()).isEqualTo(Severity.ofScore(expected));
  }

  @Test
  void noImpactAnywhereScoresZero() {
    CvssScore s = Cvss4.score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N").orElseThrow();
    assertThat(s.baseScore()).isEqualTo(0.0);
    assertThat(s.severity()).isEqualTo(Severity.NONE);
  }

  @Test
  void threatAndEnvironmentalMetricsDoNotChangeTheBaseScore() {
    String base = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
    double plain = Cvss4.score(base).orElseThrow().baseScore();
    assertThat(Cvss4.score(base + "/E:U/CR:L/MAV:P/MSI:S/AU:Y/U:Red").orElseThrow().baseScore()).isEqualTo(plain);
  }

  /** Every combination of base values lands in a macrovector with a max-severity vector below it. */
  @Test
  void everyBaseVectorHasAScoreInRange() {
    int scored = 0;
    for (String av : "NALP".split("")) for (String ac : "LH".split("")) for (String at : "NP".split(""))
    for (String pr : "NLH".split("")) for (String ui : "NPA".split("")) for (String vc : "HLN".split(""))
    for (String vi : "HLN".split("")) for (String va : "HLN".split("")) for (String sc : "HLN".split(""))
    for (String si : "HLN".split("")) for (String sa : "HLN".split("")) {
      String v = "CVSS:4.0/AV:" + av + "/AC:" + ac + "/AT:" + at + "/PR:" + pr + "/UI:" + ui + "/VC:" + vc
          + "/VI:" + vi + "/VA:" + va + "/SC:" + sc + "/SI:" + si + "/SA:" + sa;
      double score = Cvss4.score(v).orElseThrow().baseScore();
      assertThat(score).isBetween(0.0, 10.0);
      scored++;
    }
    assertThat(scored).isEqualTo(4 * 2 * 2 * 3 * 3 * 729);
  }

  @ParameterizedTest
  @CsvSource({
    // missing mandatory metric (SA)
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N",
    // duplicate metric
    "CVSS:4.0/AV:N/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
    // unknown value
    "CVSS:4.0/AV:X/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
    // Safety is only a modified subsequent-system value
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:S/SA:N",
    // unknown metric
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/ZZ:X",
    // bad optional value, empty part, wrong version
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:H",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/",
    "CVSS:3.1/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
  })
  void invalidVectorsHaveNoScore(String vector) {
    assertThat(Cvss4.score(vector)).isEmpty();
  }

  @Test
  void ratingPrefersV4OverAHigherV3() {
    SeverityRating r = SeverityRating.of(List.of(
        new OsvSeverity("CVSS_V3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
        new OsvSeverity("CVSS_V4", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:N/VI:N/VA:N/SC:L/SI:L/SA:N")));
    assertThat(r.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(r.score().orElseThrow().version()).isEqualTo("4.0");
    assertThat(r.score().orElseThrow().baseScore()).isEqualTo(5.3);
  }

  @Test
  void ratingOfAV4OnlyRecordIsItsBand() {
    SeverityRating r = SeverityRating.of(List.of(new OsvSeverity("CVSS_V4",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")));
    assertThat(r.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(r.score().orElseThrow().baseScore()).isEqualTo(9.3);
  }

  @Test
  void invalidV4FallsBackToV3OrUnknown() {
    String badV4 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N";
    SeverityRating withV3 = SeverityRating.of(List.of(
        new OsvSeverity("CVSS_V4", badV4),
        new OsvSeverity("CVSS_V3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H")));
    assertThat(withV3.severity()).isEqualTo(Severity.HIGH);
    assertThat(withV3.score().orElseThrow().version()).isEqualTo("3.1");
    SeverityRating alone = SeverityRating.of(List.of(new OsvSeverity("CVSS_V4", badV4)));
    assertThat(alone.severity()).isEqualTo(Severity.UNKNOWN);
    assertThat(alone.note()).contains("v4");
  }
}
