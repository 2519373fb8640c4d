package dev.bulwark.report.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Finding;
import dev.bulwark.report.Location;
import dev.bulwark.report.Severity;
import dev.bulwark.report.source.LineSpan;
import dev.bulwark.report.source.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {

  private static final String BEFORE = "import os\n"
      + "def f(cmd):\n"
      + "    os.system(cmd)\n"
      + "    return 1\n";

  @Test
  void survivesLinesInsertedAbove() {
    String after = "import os\nimport sys\n\n" + BEFORE.substring("import os\n".length());

    assertThat(value(after, spans(1, 2, 3, 4, 5, 6), finding("BW605", 5)))
        .isEqualTo(value(BEFORE, spans(1, 2, 3, 4), finding("BW605", 3)));
  }

  @Test
  void survivesEditsToOtherStatementsAndToIndentation() {
    String after = "import os\n"
        + "def f(cmd, extra=None):\n"
        + "  os.system(cmd)   \n"
        + "  return 2\n";

    assertThat(value(after, spans(1, 2, 3, 4), finding("BW605", 3)))
        .isEqualTo(value(BEFORE, spans(1, 2, 3, 4), finding("BW605", 3)));
  }

  @Test
  void changesWhenTheStatementChanges() {
    String multi = "os.system(\n    cmd)\n";
    String edited = "os.system(\n    other)\n";

    assertThat(value(edited, List.of(new LineSpan(1, 2)), finding("BW605", 1)))
        .isNotEqualTo(value(multi, List.of(new LineSpan(1, 2)), finding("BW605", 1)));
  }

  @Test
  void changesWithTheRuleAndThePath() {
    SourceText s = SourceText.of(BEFORE, spans(1, 2, 3, 4));
    String base = Fingerprint.of("a.py", List.of(finding("BW605", 3)), s).get(0).value();

    assertThat(Fingerprint.of("b.py", List.of(finding("BW605", 3)), s).get(0).value()).isNotEqualTo(base);
    assertThat(Fingerprint.of("a.py", List.of(finding("BW602", 3)), s).get(0).value()).isNotEqualTo(base);
  }

  @Test
  void separatorsAndDotSegmentsDoNotChangeThePath() {
    SourceText s = SourceText.of(BEFORE, spans(1, 2, 3, 4));

    assertThat(Fingerprint.of(".\\src\\a.py", List.of(finding("BW605", 3)), s))
        .isEqualTo(Fingerprint.of("src/./a.py", List.of(finding("BW605", 3)), s))
        .extracting(Fingerprint::path).containsExactly("src/a.py");
  }

  @Test
  void identicalFindingsAreToldApartByTheirRank() {
    String src = "os.system(cmd)\nos.system(cmd)\n";
    SourceText s = SourceText.of(src, spans(1, 2));

    List<Fingerprint> fps = Fingerprint.of("a.py", List.of(finding("BW605", 2), finding("BW605", 1)), s);

    assertThat(fps.get(0).value()).isNotEqualTo(fps.get(1).value());
    // ranks follow positions, not the order given
    assertThat(Fingerprint.of("a.py", List.of(finding("BW605", 1)), s).get(0).value()).isEqualTo(fps.get(1).value());
  }

  private static String value(String src, List<LineSpan> statements, Finding f) {
    return Fingerprint.of("a.py", List.of(f), SourceText.of(src, statements)).get(0).value();
  }

  private static List<LineSpan> spans(int... lines) {
    return java.util.Arrays.stream(lines).mapToObj(LineSpan::of).toList();
  }

  static Finding finding(String rule, int line) {
    return new Finding(rule, "name", "message", Severity.HIGH, Confidence.HIGH, List.of(78),
        new Location("a.py", line, 4, line, 18), "fix");
  }
}
