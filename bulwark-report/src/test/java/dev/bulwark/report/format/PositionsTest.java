package dev.bulwark.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.report.Location;
import dev.bulwark.report.ScanReport;
import dev.bulwark.report.SourceLines;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** UTF-8 byte columns become code points for people and UTF-16 units for SARIF. */
class PositionsTest {

  /** h, é (2 bytes), 日 (3 bytes), 🐍 (4 bytes, 2 UTF-16 units), x. */
  private static final String LINE = "h\u00e9\u65e5\ud83d\udc0dx";

  @Test
  void byteOffsetsConvertToCodePointsAndUtf16Units() {
    int[] bytes = {0, 1, 3, 6, 10, 11};
    int[] codePoints = {0, 1, 2, 3, 4, 5};
    int[] utf16 = {0, 1, 2, 3, 5, 6};
    for (int i = 0; i < bytes.length; i++) {
      assertThat(Sources.codePointIndex(LINE, bytes[i])).as("code points at byte %d", bytes[i]).isEqualTo(codePoints[i]);
      assertThat(Sources.utf16Index(LINE, bytes[i])).as("UTF-16 at byte %d", bytes[i]).isEqualTo(utf16[i]);
    }
    assertThat(Sources.utf16Index(LINE, 8)).as("inside the snake: its start").isEqualTo(3);
    assertThat(Sources.utf16Index(LINE, 13)).as("past the end: one unit per byte").isEqualTo(8);
    assertThat(Sources.utf16Index(LINE, -1)).isZero();
  }

  @Test
  void sarifRegionsCountUtf16UnitsFromOne() throws Exception {
    String text = "a = '" + LINE + "'; eval(a)\n";
    ScanReport report = Samples.oneFinding("u.py", text, "eval(a)", "m", "r", null, null);
    JsonNode region = new ObjectMapper().readTree(Samples.write("sarif", report))
        .path("runs").path(0).path("results").path(0).path("locations").path(0).path("physicalLocation")
        .path("region");
    int start = ("a = '" + LINE + "'; ").length();
    assertThat(region.path("startColumn").asInt()).isEqualTo(start + 1);
    assertThat(region.path("endColumn").asInt()).isEqualTo(start + "eval(a)".length() + 1);
  }

  @Test
  void withoutTheTextSarifGivesLinesAndPeopleGetByteColumns() throws Exception {
    Location at = new Location("gone.py", 3, 12, 4, 2);
    ScanReport report = ScanReport.builder(Samples.TOOL)
        .roots(List.of("gone.py"))
        .findings(List.of(new dev.bulwark.report.Finding("BW1", "r", "m", dev.bulwark.report.Severity.LOW,
            dev.bulwark.report.Confidence.LOW, List.of(), at, null)))
        .sources(path -> {
          throw new IllegalStateException("disk gone");
        })
        .build();
    JsonNode region = new ObjectMapper().readTree(Samples.write("sarif", report))
        .path("runs").path(0).path("results").path(0).path("locations").path(0).path("physicalLocation")
        .path("region");
    assertThat(region.toString()).isEqualTo("{\"startLine\":3,\"endLine\":4}");
    assertThat(Samples.write("text", report)).contains("  3:13 [low] BW1 r: m\n").doesNotContain(" | ");
    assertThat(Samples.write("html", report)).contains("Source not available.");
    assertThat(Samples.write("csv", report)).contains(",gone.py,3,13,4,3,");
  }

  @Test
  void aProviderThatReturnsNullOrTooFewLinesCountsAsUnavailable() {
    Sources nulls = new Sources(path -> null);
    assertThat(nulls.lines("a.py")).isEmpty();
    Sources short1 = new Sources(path -> Optional.of(List.of("one")));
    assertThat(short1.line("a.py", 2)).isEmpty();
    assertThat(short1.line("a.py", 0)).isEmpty();
    assertThat(short1.line("a.py", 1)).contains("one");
  }

  @Test
  void pythonLineEndsSplitLines() {
    assertThat(SourceLines.split("a\nb\r\nc\rd\n")).containsExactly("a", "b", "c", "d");
    assertThat(SourceLines.split("a\n\nb")).containsExactly("a", "", "b");
    assertThat(SourceLines.split("")).isEmpty();
    assertThat(SourceLines.of(Map.of("x.py", "1\n2\n")).lines("x.py")).contains(List.of("1", "2"));
  }

  @Test
  void longLinesAreCutAroundTheMark() {
    String line = "x".repeat(300) + "eval(y)" + "z".repeat(300);
    Snippet s = Snippet.of(line, 300, 307, 120);
    assertThat(s.text().codePointCount(0, s.text().length())).isEqualTo(122);
    assertThat(s.text()).startsWith("\u2026").endsWith("\u2026");
    assertThat(s.marked()).isEqualTo("eval(y)");
    Snippet shortLine = Snippet.of("abc", 1, 99, 120);
    assertThat(shortLine.before()).isEqualTo("a");
    assertThat(shortLine.marked()).isEqualTo("bc");
    assertThat(shortLine.after()).isEmpty();
  }

  @Test
  void textCaretsLineUpUnderTabsAndWideText() {
    String text = "\tif x:  # \u00e9\u00e9 \ud83d\udc0d eval(y)\n";
    String out = Samples.write("text", Samples.oneFinding("t.py", text, "eval(y)", "m", "r", null, null));
    String[] lines = out.split("\n");
    int code = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(" | \tif x:")) {
        code = i;
      }
    }
    assertThat(code).isPositive();
    String codeLine = lines[code].substring(lines[code].indexOf("| ") + 2);
    String caretLine = lines[code + 1].substring(lines[code + 1].indexOf("| ") + 2);
    assertThat(caretLine).startsWith("\t").endsWith("^^^^^^^");
    int caretAt = caretLine.codePointCount(0, caretLine.indexOf('^'));
    int evalAt = codeLine.codePointCount(0, codeLine.indexOf("eval"));
    assertThat(caretAt).isEqualTo(evalAt);
  }
}
