package dev.bulwark.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.report.ScanReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Text from the scanned code (paths, messages, lines of code) cannot break out of any format. */
class EscapingTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void htmlEscapesEverythingFromTheScan() {
    String code = "x = '</script><script>document.title=\"pwned\"</script>' # <b>&amp;";
    ScanReport report = Samples.oneFinding("src/<img src=x onerror=alert(1)>.py", code, "x",
        "<script>alert('message')</script> & \"quoted\"", "\"><svg onload=alert(1)>",
        "<iframe src=javascript:alert(1)>", "fp<script>");
    String html = Samples.write("html", report);

    assertThat(count(html, "<script")).as("only the report's own script").isEqualTo(1);
    assertThat(html).doesNotContain("<img", "<svg", "<iframe", "<b>", "onerror=alert(1)>");
    assertThat(html)
        .contains("&lt;script&gt;alert(&#39;message&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;")
        .contains("data-path=\"src/&lt;img src=x onerror=alert(1)&gt;.py\"")
        .contains("&lt;/script&gt;&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;")
        .contains("# &lt;b&gt;&amp;amp;");
  }

  @Test
  void htmlAllowsOnlyItsOwnScript() {
    String html = Samples.write("html", Samples.sample());
    Matcher csp = Pattern.compile("Content-Security-Policy\" content=\"([^\"]*)\"").matcher(html);
    assertThat(csp.find()).isTrue();
    assertThat(csp.group(1)).contains("default-src 'none'").containsPattern("script-src 'sha256-[A-Za-z0-9+/=]+'")
        .doesNotContain("script-src 'unsafe-inline'");
    assertThat(html).contains("<a href=\"https://example.com/rules/BW602\" rel=\"noopener noreferrer\">rule docs</a>");
    assertThat(html).doesNotContainPattern("(?i)<(link|img|iframe)\\b|src=\"");
  }

  @Test
  void htmlShowsControlAndBidiCharactersAsReplacementCharacters() {
    String code = "s = \"\u202eabc\u0007\" # \u0000";
    String html = Samples.write("html", Samples.oneFinding("a.py", code, "s", "m", "r", null, null));
    assertThat(html).doesNotContain("\u202e", "\u0007", "\u0000").contains(" = &quot;\ufffdabc\ufffd&quot;");
  }

  @Test
  void csvGuardsFormulasAndQuotesPerRfc4180() {
    ScanReport report = Samples.oneFinding("+cmd.py", "x = 1\n", "x", "=HYPERLINK(\"http://evil\",\"click\")",
        "@SUM(A1)", "-2+3, \"then\"\r\nnext line", "\tfp");
    String csv = Samples.write("csv", report);
    assertThat(csv).endsWith("\r\n");
    List<List<String>> rows = parseCsv(csv);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).isEqualTo(CsvWriter.HEADER);
    List<String> row = rows.get(1);
    assertThat(row.get(CsvWriter.HEADER.indexOf("message"))).isEqualTo("'=HYPERLINK(\"http://evil\",\"click\")");
    assertThat(row.get(CsvWriter.HEADER.indexOf("rule_name"))).isEqualTo("'@SUM(A1)");
    assertThat(row.get(CsvWriter.HEADER.indexOf("path"))).isEqualTo("'+cmd.py");
    assertThat(row.get(CsvWriter.HEADER.indexOf("fix"))).isEqualTo("'-2+3, \"then\"\r\nnext line");
    assertThat(row.get(CsvWriter.HEADER.indexOf("fingerprint"))).isEqualTo("'\tfp");
    assertThat(row.get(CsvWriter.HEADER.indexOf("line"))).isEqualTo("1");
    for (String cell : row) {
      assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
    }
  }

  @Test
  void junitIsWellFormedXmlWhateverTheText() throws Exception {
    String message = "a < b && c > d ]]> \"q\" 'a' \u0001\u001b bell \ud83d\udc0d \ud800 line\nbreak";
    ScanReport report = Samples.oneFinding("src/caf\u00e9 <&>.py", "x = 1\n", "x", message, "r\"<&>", "fix\u0000",
        null);
    String xml = Samples.write("junit", report);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("name")).isEqualTo("src/caf\u00e9 <&>.py");
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    String expected = "a < b && c > d ]]> \"q\" 'a' \ufffd\ufffd bell \ud83d\udc0d \ufffd line\nbreak";
    assertThat(failure.getAttribute("message")).isEqualTo(expected);
    assertThat(failure.getTextContent()).contains(expected).contains("fix: fix\ufffd");
    Element testcase = (Element) doc.getElementsByTagName("testcase").item(0);
    assertThat(testcase.getAttribute("name")).isEqualTo("BW999 r\"<&> at 1:1");
    assertThat(testcase.getAttribute("classname")).isEqualTo("src.caf\u00e9 <&>");
  }

  @Test
  void jsonEscapesControlCharactersAndKeepsUnicode() throws Exception {
    String message = "nul\u0000 esc\u001b tab\t nl\n quote\" backslash\\ sep\u2028 caf\u00e9 \ud83d\udc0d";
    String path = "src/\u65e5\u672c/caf\u00e9.py";
    ScanReport report = Samples.oneFinding(path, "x = 1\n", "x", message, "r", null, null);
    String json = Samples.write("json", report);
    assertThat(json).doesNotContain("\u0000", "\u001b").contains("\\u0000", "\\u001B", "\\n", "\\\"", "\\\\")
        .contains("caf\u00e9 \ud83d\udc0d").contains(path);
    JsonNode finding = MAPPER.readTree(json).path("findings").path(0);
    assertThat(finding.path("message").asText()).isEqualTo(message);
    assertThat(finding.path("location").path("path").asText()).isEqualTo(path);

    JsonNode sarif = MAPPER.readTree(Samples.write("sarif", report));
    JsonNode result = sarif.path("runs").path(0).path("results").path(0);
    assertThat(result.path("message").path("text").asText()).isEqualTo(message);
    assertThat(result.path("locations").path(0).path("physicalLocation").path("artifactLocation").path("uri")
        .asText()).isEqualTo("src/%E6%97%A5%E6%9C%AC/caf%C3%A9.py");
  }

  @Test
  void textNeverPassesEscapeSequencesOrBidiControlsToTheTerminal() {
    String code = "s = \"\u001b[2J\u202e\" # \u0007";
    ScanReport report = Samples.oneFinding("a\u001b]0;title\u0007.py", code, "s", "clear \u001b[2J screen \u2066",
        "r", "fix \u009b31m", null);
    for (boolean color : new boolean[] {false, true}) {
      String text = Samples.write(Formats.get("text", new FormatOptions(color)), report);
      String withoutOurColours = text.replaceAll("\u001b\\[[0-9;]*m", "");
      assertThat(withoutOurColours).doesNotContain("\u001b", "\u0007", "\u009b", "\u202e", "\u2066");
      assertThat(withoutOurColours).contains("clear \ufffd[2J screen \ufffd");
    }
    assertThat(Samples.write("text", report)).doesNotContain("\u001b");
  }

  private static int count(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  /** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
  static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
        i++;
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
        i++;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
        i++;
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i += 2;
      } else {
        assertThat(c).as("bare CR, LF or quote outside quotes at %d", i).isNotIn('\r', '\n', '"');
        cell.append(c);
        i++;
      }
    }
    assertThat(cell.length() == 0 && row.isEmpty()).as("ends with CRLF").isTrue();
    return rows;
  }
}
