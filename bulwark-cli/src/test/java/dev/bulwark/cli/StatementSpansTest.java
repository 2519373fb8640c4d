package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.ParseResult;
import dev.bulwark.report.source.LineSpan;
import dev.bulwark.report.source.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSpansTest {

  @Test
  void simpleStatementsSpanAllTheirLines() {
    assertThat(spans("x = call(\n    a,\n    b,\n)\ny = 2\n"))
        .containsExactly(new LineSpan(1, 4), LineSpan.of(5));
  }

  @Test
  void compoundStatementsSpanOnlyTheirHeaders() {
    String src = String.join("\n",
        "@decorator",                 // 1
        "def f(a,",                   // 2
        "      b):",                  // 3
        "    if (a and",              // 4
        "            b):",            // 5
        "        run(a)",             // 6
        "    with open(a) as f:",     // 7
        "        pass",               // 8
        "    try:",                   // 9
        "        pass",               // 10
        "    except (OSError,",       // 11
        "            ValueError):",   // 12
        "        pass",               // 13
        "");

    assertThat(spans(src)).containsExactly(
        new LineSpan(1, 3), new LineSpan(4, 5), LineSpan.of(6), LineSpan.of(7), LineSpan.of(8),
        LineSpan.of(9), LineSpan.of(10), new LineSpan(11, 12), LineSpan.of(13));
  }

  @Test
  void aLineInsideACallBelongsToTheCall() {
    String src = "import subprocess\nsubprocess.run(\n    cmd,\n    shell=True,\n)\n";
    SourceText lines = SourceText.of(src, spans(src));

    assertThat(lines.statementAt(4)).isEqualTo(new LineSpan(2, 5));
  }

  private static List<LineSpan> spans(String src) {
    ParseResult r = ParserFunction.PYTHON.parse(src.getBytes(StandardCharsets.UTF_8), "t.py");
    assertThat(r.ok()).isTrue();
    return StatementSpans.of(r.module());
  }
}
