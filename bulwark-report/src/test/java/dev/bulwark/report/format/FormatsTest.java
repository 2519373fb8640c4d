package dev.bulwark.report.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void everyFormatHasAWriterNamedAfterIt() {
    assertThat(Formats.names()).containsExactly("csv", "html", "json", "junit", "sarif", "text");
    for (String name : Formats.names()) {
      ReportWriter writer = Formats.get(name);
      assertThat(writer.name()).isEqualTo(name);
      assertThat(writer.extension()).isNotBlank();
      assertThat(Samples.write(writer, Samples.sample())).isNotBlank();
      assertThat(Samples.write(writer, Samples.empty())).isNotBlank();
    }
    assertThat(Formats.get("SARIF").name()).isEqualTo("sarif");
  }

  @Test
  void anUnknownFormatNamesTheKnownOnes() {
    assertThatThrownBy(() -> Formats.get("xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown report format 'xml'; expected one of: csv, html, json, junit, sarif, text");
  }

  @Test
  void outputSpecsSplitAtTheFirstColon() {
    assertThat(Formats.parseOutput("sarif:out.sarif")).isEqualTo(new Formats.Output("sarif", Path.of("out.sarif")));
    assertThat(Formats.parseOutput("html:reports/a:b.html").path()).isEqualTo(Path.of("reports/a:b.html"));
    assertThat(Formats.parseOutput("JSON:-")).isEqualTo(new Formats.Output("json", null));
    assertThatThrownBy(() -> Formats.parseOutput("sarif")).hasMessageContaining("FORMAT:PATH");
    assertThatThrownBy(() -> Formats.parseOutput("pdf:x.pdf")).hasMessageContaining("unknown report format 'pdf'");
    assertThatThrownBy(() -> Formats.parseOutput("csv:")).hasMessageContaining("csv:-");
  }

  @Test
  void writingToAStreamIsUtf8AndLeavesItOpen() throws Exception {
    boolean[] closed = {false};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream out = new OutputStream() {
      @Override
      public void write(int b) {
        bytes.write(b);
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    Formats.get("json").write(Samples.sample(), out);
    assertThat(closed[0]).isFalse();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("unicode_\u00e9.py").endsWith("}\n");
  }
}
