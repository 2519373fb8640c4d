package dev.bulwark.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML page's content, read as text; {@link HtmlBrowserTest} runs its script. */
class HtmlWriterTest {

  private static final String HTML = Samples.write("html", Samples.sample());

  @Test
  void isOneSelfContainedPage() {
    assertThat(HTML).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(HTML).contains("<style>", "<script>").doesNotContain("<link", "<script src", "@import", "url(");
  }

  @Test
  void hasOneFilterableRowGroupPerFindingInReportOrder() {
    Matcher m = Pattern.compile("<tbody class=\"finding\" id=\"finding-\\d+\" data-severity=\"(\\w+)\" "
        + "data-rule=\"(\\w+)\" data-cwe=\"([\\d ]*)\" data-path=\"([^\"]*)\">").matcher(HTML);
    List<String> rows = new ArrayList<>();
    while (m.find()) {
      rows.add(m.group(1) + " " + m.group(2) + " [" + m.group(3) + "] " + m.group(4));
    }
    assertThat(rows).containsExactly(
        "low BW105 [259] scripts/deploy.py",
        "high BW602 [78] src/app.py",
        "critical BW901 [95 94] src/app.py",
        "medium BW307 [95] src/unicode_\u00e9.py");
  }

  @Test
  void chartsCountBySeverityRuleAndCwe() {
    assertThat(HTML).contains("<div class=\"chart\" id=\"chart-severity\">", "<div class=\"chart\" id=\"chart-rule\">",
        "<div class=\"chart\" id=\"chart-cwe\">");
    assertThat(HTML).contains("<a class=\"bar-row\" href=\"#severity=critical\"><span class=\"label\">critical</span>"
        + "<span class=\"bar\"><span class=\"fill sev-critical\" style=\"width:100%\"></span></span>"
        + "<span class=\"count\">1</span></a>");
    assertThat(HTML).contains("href=\"#cwe=95\"><span class=\"label\">CWE-95</span><span class=\"bar\">"
        + "<span class=\"fill\" style=\"width:100%\"></span></span><span class=\"count\">2</span></a>");
    assertThat(HTML).contains("href=\"#cwe=78\"><span class=\"label\">CWE-78</span><span class=\"bar\">"
        + "<span class=\"fill\" style=\"width:50%\"></span></span><span class=\"count\">1</span></a>");
    assertThat(HTML).contains("<option value=\"BW602\">BW602 subprocess-shell-true (1)</option>");
  }

  @Test
  void showsCodeInContextWithTheFindingLineHighlighted() {
    assertThat(HTML).contains("<span class=\"line\"><span class=\"ln\">5</span>def run():</span>"
        + "<span class=\"line\"><span class=\"ln\">6</span>    cmd = request.args[&quot;cmd&quot;]</span>"
        + "<span class=\"line hit\"><span class=\"ln\">7</span>    <mark>subprocess.call(cmd, shell=True)</mark></span>"
        + "<span class=\"line\"><span class=\"ln\">8</span>    return eval(cmd)</span></code></pre>");
    assertThat(HTML).contains("<span class=\"line hit\"><span class=\"ln\">2</span>greeting = &quot;h\u00e9llo "
        + "\u65e5\u672c \ud83d\udc0d&quot;; result = <mark>eval(greeting)</mark></span>");
    assertThat(HTML).contains("Source not available.");
  }

  @Test
  void listsTaintStepsAndFilesNotChecked() {
    assertThat(HTML).contains("<li><code>src/app.py:6:11</code> request.args read here</li>");
    assertThat(HTML).contains("<tr><td>syntax-error</td><td class=\"loc\"><code>src/bad.py:2</code></td>"
        + "<td>invalid syntax</td></tr>");
  }

  @Test
  void anEmptyReportStillHasItsFilters() {
    String html = Samples.write("html", Samples.empty());
    assertThat(html).contains("<form id=\"filters\"", "0 of 0 findings shown", "No findings.");
  }
}
