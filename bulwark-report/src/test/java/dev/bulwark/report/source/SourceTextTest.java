package dev.bulwark.report.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceLinesTest {

  @Test
  void splitsLinesAsPythonDoes() {
    assertThat(SourceText.splitLines("a\nb\r\nc\rd")).containsExactly("a", "b", "c", "d");
    assertThat(SourceText.splitLines("a\n")).containsExactly("a");
    assertThat(SourceText.splitLines("")).isEmpty();
  }

  @Test
  void linesOutsideTheFileAreEmpty() {
    SourceText s = SourceText.of("x = 1\n", List.of());

    assertThat(s.line(1)).isEqualTo("x = 1");
    assertThat(s.line(0)).isEmpty();
    assertThat(s.line(2)).isEmpty();
  }

  @Test
  void theInnermostStatementHoldsALine() {
    // 1 def f(
    // 2     a):
    // 3     call(
    // 4         a)
    // 5     x = 1
    SourceText s = SourceText.of("def f(\n    a):\n    call(\n        a)\n    x = 1\n",
        List.of(new LineSpan(1, 2), new LineSpan(3, 4), LineSpan.of(5)));

    assertThat(s.statementAt(2)).isEqualTo(new LineSpan(1, 2));
    assertThat(s.statementAt(4)).isEqualTo(new LineSpan(3, 4));
    assertThat(s.statementAt(5)).isEqualTo(LineSpan.of(5));
    assertThat(s.statementAt(9)).isEqualTo(LineSpan.of(9));
    assertThat(s.firstStatementLine()).isEqualTo(1);
  }

  @Test
  void aBodyOnTheHeaderLineIsTheInnerStatement() {
    SourceText s = SourceText.of("if (a and\n    b): run()\n", List.of(new LineSpan(1, 2), LineSpan.of(2)));

    assertThat(s.statementAt(1)).isEqualTo(new LineSpan(1, 2));
    assertThat(s.statementAt(2)).isEqualTo(LineSpan.of(2));
  }
}
