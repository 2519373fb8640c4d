package dev.bulwark.report.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Finding;
import dev.bulwark.report.ReportEntry;
import dev.bulwark.report.ScanReport;
import dev.bulwark.report.Severity;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the HTML report in headless Chromium with a filter in the URL and reads the DOM after the
 * script ran. Skipped when no Chromium is installed ({@code apt-get install chromium}); the
 * browser can also be named with {@code -Dbulwark.chromium=/path/to/chrome}.
 */
class HtmlBrowserTest {

  private static final Pattern ROW = Pattern.compile("<tbody class=\"finding\"([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)(?:=\"([^\"]*)\")?");

  @TempDir
  static Path dir;

  private static Path chromium;
  private static Path page;

  @BeforeAll
  static void writePage() throws IOException {
    chromium = findChromium().orElse(null);
    // a message that would run script if it were not escaped
    Finding hostile = new Finding("BW001", "hostile", "<img src=x onerror=\"document.body.dataset.pwned=1\">"
        + "<script>document.body.dataset.pwned=2</script>", Severity.LOW, Confidence.LOW, List.of(79),
        new dev.bulwark.report.Location("src/evil.py", 1, 0, 1, 1), null);
    ScanReport report = ScanReport.builder(Samples.TOOL)
        .entries(Samples.sample().entries())
        .entry(ReportEntry.of(hostile))
        .rules(Samples.sample().rules())
        .sources(Samples.sample().sources())
        .filesScanned(7)
        .build();
    page = dir.resolve("report.html");
    try (OutputStream out = Files.newOutputStream(page)) {
      Formats.get("html").write(report, out);
    }
  }

  @Test
  void aSeverityInTheFragmentShowsOnlyThoseFindings() throws Exception {
    List<Map<String, String>> rows = rows(dump("#severity=high"));
    assertThat(rows).hasSize(5);
    for (Map<String, String> row : rows) {
      boolean high = row.get("data-severity").equals("high");
      assertThat(row.containsKey("hidden")).as("%s hidden", row).isEqualTo(!high);
    }
    assertThat(rows.stream().filter(r -> !r.containsKey("hidden")).map(r -> r.get("data-rule")))
        .containsExactly("BW602");
  }

  @Test
  void filtersCombineAndComeFromTheQueryToo() throws Exception {
    String dom = dump("?cwe=95#path=UNICODE");
    List<Map<String, String>> rows = rows(dom);
    assertThat(rows.stream().filter(r -> !r.containsKey("hidden")).map(r -> r.get("data-path")))
        .containsExactly("src/unicode_\u00e9.py");
    assertThat(dom).contains("data-shown=\"1\"").contains("1 of 5 findings shown");
  }

  @Test
  void noFilterShowsEverythingAndInjectedMarkupNeverRuns() throws Exception {
    String dom = dump("");
    assertThat(rows(dom)).hasSize(5).allSatisfy(row -> assertThat(row).doesNotContainKey("hidden"));
    assertThat(dom).contains("data-shown=\"5\"").contains("5 of 5 findings shown");
    assertThat(dom).doesNotContain("data-pwned").contains("&lt;script&gt;document.body.dataset.pwned=2");
  }

  private static List<Map<String, String>> rows(String dom) {
    List<Map<String, String>> rows = new ArrayList<>();
    Matcher m = ROW.matcher(dom);
    while (m.find()) {
      Map<String, String> attributes = new LinkedHashMap<>();
      Matcher a = ATTRIBUTE.matcher(m.group(1));
      while (a.find()) {
        attributes.put(a.group(1), a.group(2) == null ? "" : a.group(2));
      }
      rows.add(attributes);
    }
    return rows;
  }

  /** The DOM after load, with {@code suffix} (a query and/or fragment) on the page's URL. */
  private static String dump(String suffix) throws IOException, InterruptedException {
    assumeTrue(chromium != null, "Chromium is not installed; skipping the browser test");
    Path profile = Files.createTempDirectory(dir, "profile");
    Path stderr = dir.resolve("chromium-stderr.txt");
    List<String> command = List.of(chromium.toString(), "--headless", "--disable-gpu", "--no-sandbox",
        "--no-first-run", "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom",
        page.toUri() + suffix);
    Process process = new ProcessBuilder(command)
        .redirectError(stderr.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Chromium did not finish in 120 s");
    }
    String dom = new String(out, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("Chromium exit status; stderr:%n%s", Files.readString(stderr)).isZero();
    assertThat(dom).as("Chromium dumped the page").contains("<form id=\"filters\"");
    return dom;
  }

  private static Optional<Path> findChromium() {
    String configured = System.getProperty("bulwark.chromium");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured));
    }
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator))
        .filter(d -> !d.isEmpty())
        .flatMap(d -> Stream.of("chromium", "chromium-browser").map(name -> Path.of(d, name)))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
