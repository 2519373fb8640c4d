package dev.bulwark.report.format;

import static dev.bulwark.report.format.Escapes.html;

import dev.bulwark.report.Finding;
import dev.bulwark.report.FlowStep;
import dev.bulwark.report.Location;
import dev.bulwark.report.ReportEntry;
import dev.bulwark.report.RuleDescriptor;
import dev.bulwark.report.ScanDiagnostic;
import dev.bulwark.report.ScanReport;
import dev.bulwark.report.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One self-contained HTML page: inline CSS and script, nothing loaded from the network. It shows
 * bar charts of the findings by severity, rule and CWE; a table of findings with filters
 * (severity, rule, CWE, path text) that plain JavaScript applies and keeps in the URL fragment
 * ({@code report.html#severity=high&path=src/}); each finding with its code in context; and the
 * files that could not be checked.
 *
 * <p>The page is rendered here, not by the script: every text from the scan is HTML-escaped, and
 * the script only hides and shows rows. A Content-Security-Policy allows only the page's own
 * script (by its SHA-256 hash) and inline styles, so even markup that slipped through could not
 * run script or fetch anything.
 */
final class HtmlWriter implements ReportWriter {

  /** Lines of code shown before and after a finding. */
  static final int CONTEXT = 2;
  /** Longest piece of a line of code shown, in code points. */
  static final int MAX_LINE = 400;
  /** Bars per chart before "N more". */
  static final int MAX_BARS = 12;

  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");
  private static final String SCRIPT_HASH = sha256(SCRIPT);

  @Override
  public String name() {
    return "html";
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public void write(ScanReport report, Writer out) throws IOException {
    Sources sources = new Sources(report.sources());
    Map<String, RuleDescriptor> rules = new HashMap<>();
    for (RuleDescriptor r : report.rules()) {
      rules.putIfAbsent(r.id(), r);
    }
    StringBuilder page = new StringBuilder(64 * 1024);
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; script-src 'sha256-").append(SCRIPT_HASH)
        .append("'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(html(report.tool().name())).append(" report</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    header(page, report);
    charts(page, report);
    filters(page, report);
    findings(page, report, rules, sources);
    diagnostics(page, report);
    page.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    out.write(page.toString());
    out.flush();
  }

  private static void header(StringBuilder page, ScanReport report) {
    ScanReport.Summary s = report.summary();
    page.append("<header>\n<h1>").append(html(report.tool().name())).append(" report</h1>\n<p class=\"meta\">")
        .append(html(report.tool().name() + " " + report.tool().version())).append(" &middot; ")
        .append(s.filesScanned()).append(s.filesScanned() == 1 ? " file" : " files").append(" scanned &middot; ")
        .append(s.findings()).append(s.findings() == 1 ? " finding" : " findings");
    if (s.diagnostics() > 0) {
      page.append(" &middot; ").append(s.diagnostics()).append(s.diagnostics() == 1 ? " file" : " files")
          .append(" not checked");
    }
    if (!report.roots().isEmpty()) {
      page.append(" &middot; roots: <code>").append(html(String.join(" ", report.roots()))).append("</code>");
    }
    page.append("</p>\n</header>\n");
  }

  private static void charts(StringBuilder page, ScanReport report) {
    Map<String, Integer> bySeverity = new LinkedHashMap<>();
    for (Severity s : Labels.SEVERITIES_HIGH_FIRST) {
      bySeverity.put(Labels.of(s), report.summary().findingsBySeverity().get(s));
    }
    page.append("<section class=\"charts\" aria-label=\"Summary\">\n");
    chart(page, "By severity", "severity", bySeverity, bySeverity.keySet().stream()
        .collect(Collectors.toMap(k -> k, k -> k)), true);
    chart(page, "By rule", "rule", sortedByCount(ruleCounts(report)), ruleLabels(report), false);
    chart(page, "By CWE", "cwe", sortedByCount(cweCounts(report)), cweLabels(report), false);
    page.append("</section>\n");
  }

  private static void chart(StringBuilder page, String title, String field, Map<String, Integer> counts,
      Map<String, String> labels, boolean severity) {
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    page.append("<div class=\"chart\" id=\"chart-").append(field).append("\">\n<h3>").append(title)
        .append("</h3>\n");
    if (counts.isEmpty()) {
      page.append("<p class=\"empty\">No findings.</p>\n");
    }
    int shown = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (shown++ == MAX_BARS) {
        page.append("<p class=\"more\">and ").append(counts.size() - MAX_BARS).append(" more</p>\n");
        break;
      }
      int percent = max == 0 ? 0 : (int) Math.round(100.0 * e.getValue() / max);
      page.append("<a class=\"bar-row\" href=\"#").append(html(field + "=" + urlEncode(e.getKey())))
          .append("\"><span class=\"label\">").append(html(labels.getOrDefault(e.getKey(), e.getKey())))
          .append("</span><span class=\"bar\"><span class=\"fill")
          .append(severity ? " sev-" + e.getKey() : "").append("\" style=\"width:").append(percent)
          .append("%\"></span></span><span class=\"count\">").append(e.getValue()).append("</span></a>\n");
    }
    page.append("</div>\n");
  }

  private static void filters(StringBuilder page, ScanReport report) {
    page.append("<h2>Findings</h2>\n<form id=\"filters\" autocomplete=\"off\">\n");
    Map<String, Integer> bySeverity = new LinkedHashMap<>();
    for (Severity s : Labels.SEVERITIES_HIGH_FIRST) {
      bySeverity.put(Labels.of(s), report.summary().findingsBySeverity().get(s));
    }
    select(page, "Severity", "severity", bySeverity, Map.of());
    select(page, "Rule", "rule", new TreeMap<>(ruleCounts(report)), ruleLabels(report));
    Map<String, Integer> cwes = new TreeMap<>((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
    cwes.putAll(cweCounts(report));
    select(page, "CWE", "cwe", cwes, cweLabels(report));
    page.append("<label>Path <input type=\"search\" name=\"path\" placeholder=\"part of a path\"></label>\n")
        .append("<button type=\"reset\">Clear</button>\n")
        .append("<span id=\"shown\" aria-live=\"polite\">").append(report.entries().size()).append(" of ")
        .append(report.entries().size()).append(" findings shown</span>\n</form>\n");
  }

  private static void select(StringBuilder page, String title, String name, Map<String, Integer> counts,
      Map<String, String> labels) {
    page.append("<label>").append(title).append(" <select name=\"").append(name).append("\">\n")
        .append("<option value=\"\">all</option>\n");
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      page.append("<option value=\"").append(html(e.getKey())).append("\">")
          .append(html(labels.getOrDefault(e.getKey(), e.getKey()))).append(" (").append(e.getValue())
          .append(")</option>\n");
    }
    page.append("</select></label>\n");
  }

  private static void findings(StringBuilder page, ScanReport report, Map<String, RuleDescriptor> rules,
      Sources sources) {
    if (report.entries().isEmpty()) {
      page.append("<p class=\"empty\">No findings.</p>\n");
    }
    page.append("<table id=\"findings\">\n<thead><tr><th>Severity</th><th>Rule</th><th>Location</th>")
        .append("<th>Message</th></tr></thead>\n");
    int n = 0;
    for (ReportEntry e : report.entries()) {
      Finding f = e.finding();
      Location at = f.location();
      String severity = Labels.of(f.severity());
      page.append("<tbody class=\"finding\" id=\"finding-").append(++n).append("\" data-severity=\"")
          .append(severity).append("\" data-rule=\"").append(html(f.ruleId())).append("\" data-cwe=\"")
          .append(f.cwes() == null ? "" : f.cwes().stream().map(String::valueOf).collect(Collectors.joining(" ")))
          .append("\" data-path=\"").append(html(at.path())).append("\">\n")
          .append("<tr class=\"head\"><td><span class=\"badge sev-").append(severity).append("\">").append(severity)
          .append("</span></td><td><code>").append(html(f.ruleId())).append("</code> <span class=\"rule-name\">")
          .append(html(f.ruleName())).append("</span></td><td class=\"loc\"><code>").append(html(at.path()))
          .append(':').append(at.line()).append(':').append(sources.displayColumn(at))
          .append("</code></td><td class=\"message\">").append(html(f.message())).append("</td></tr>\n")
          .append("<tr class=\"detail\"><td></td><td colspan=\"3\">\n");
      code(page, at, sources);
      RuleDescriptor rule = rules.get(f.ruleId());
      if (rule != null) {
        page.append("<p class=\"facts\"><strong>").append(html(rule.summary())).append("</strong>");
        String uri = rule.helpUri();
        if (uri != null && (uri.startsWith("https://") || uri.startsWith("http://"))) {
          page.append(" &middot; <a href=\"").append(html(uri)).append("\" rel=\"noopener noreferrer\">rule docs</a>");
        }
        page.append("</p>\n");
      }
      if (f.fix() != null && !f.fix().isBlank()) {
        page.append("<p class=\"facts\">Fix: ").append(html(f.fix())).append("</p>\n");
      }
      page.append("<p class=\"facts dim\">");
      String cwes = Labels.cwes(f.cwes());
      if (!cwes.isEmpty()) {
        page.append(html(cwes)).append(" &middot; ");
      }
      page.append("confidence: ").append(Labels.of(f.confidence()));
      if (e.fingerprint() != null) {
        page.append(" &middot; fingerprint <code>").append(html(e.fingerprint())).append("</code>");
      }
      page.append("</p>\n");
      if (!e.flow().isEmpty()) {
        page.append("<details open><summary>Taint path (").append(e.flow().size())
            .append(" steps)</summary>\n<ol class=\"flow\">\n");
        for (FlowStep step : e.flow()) {
          Location l = step.location();
          page.append("<li><code>").append(html(l.path())).append(':').append(l.line()).append(':')
              .append(sources.displayColumn(l)).append("</code> ").append(html(step.message())).append("</li>\n");
        }
        page.append("</ol>\n</details>\n");
      }
      page.append("</td></tr>\n</tbody>\n");
    }
    page.append("</table>\n");
  }

  /** The finding's lines with {@link #CONTEXT} lines around, its range marked on the first. */
  private static void code(StringBuilder page, Location at, Sources sources) {
    List<String> lines = sources.lines(at.path());
    if (at.line() < 1 || at.line() > lines.size()) {
      page.append("<p class=\"empty\">Source not available.</p>\n");
      return;
    }
    int lastHit = Math.min(Math.max(at.line(), Math.min(at.endLine(), at.line() + 8)), lines.size());
    int from = Math.max(1, at.line() - CONTEXT);
    int to = Math.min(lines.size(), lastHit + CONTEXT);
    page.append("<pre class=\"code\"><code>");
    for (int n = from; n <= to; n++) {
      boolean hit = n >= at.line() && n <= lastHit;
      page.append("<span class=\"line").append(hit ? " hit" : "").append("\"><span class=\"ln\">").append(n)
          .append("</span>");
      if (n == at.line()) {
        Snippet s = sources.snippet(at, MAX_LINE, t -> t).orElseThrow();
        page.append(html(s.before())).append("<mark>").append(html(s.marked())).append("</mark>")
            .append(html(s.after()));
      } else {
        page.append(html(Snippet.of(lines.get(n - 1), 0, 0, MAX_LINE).text()));
      }
      page.append("</span>");
    }
    page.append("</code></pre>\n");
  }

  private static void diagnostics(StringBuilder page, ScanReport report) {
    if (report.diagnostics().isEmpty()) {
      return;
    }
    page.append("<h2>Files not checked</h2>\n<table id=\"diagnostics\">\n<thead><tr><th>Kind</th><th>Location</th>")
        .append("<th>Message</th></tr></thead>\n<tbody>\n");
    for (ScanDiagnostic d : report.diagnostics()) {
      page.append("<tr><td>").append(d.kind().id()).append("</td><td class=\"loc\"><code>").append(html(d.path()));
      if (d.line() > 0) {
        page.append(':').append(d.line());
      }
      page.append("</code></td><td>").append(html(d.message())).append("</td></tr>\n");
    }
    page.append("</tbody>\n</table>\n");
  }

  private static Map<String, Integer> ruleCounts(ScanReport report) {
    Map<String, Integer> counts = new TreeMap<>();
    report.entries().forEach(e -> counts.merge(e.finding().ruleId(), 1, Integer::sum));
    return counts;
  }

  private static Map<String, String> ruleLabels(ScanReport report) {
    Map<String, String> labels = new HashMap<>();
    report.entries().forEach(e -> labels.putIfAbsent(e.finding().ruleId(),
        e.finding().ruleId() + " " + e.finding().ruleName()));
    return labels;
  }

  private static Map<String, Integer> cweCounts(ScanReport report) {
    Map<String, Integer> counts = new TreeMap<>();
    for (ReportEntry e : report.entries()) {
      if (e.finding().cwes() != null) {
        e.finding().cwes().stream().distinct().forEach(c -> counts.merge(String.valueOf(c), 1, Integer::sum));
      }
    }
    return counts;
  }

  private static Map<String, String> cweLabels(ScanReport report) {
    Map<String, String> labels = new HashMap<>();
    cweCounts(report).keySet().forEach(c -> labels.put(c, "CWE-" + c));
    return labels;
  }

  /** Highest count first, then by key. */
  private static Map<String, Integer> sortedByCount(Map<String, Integer> counts) {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Map<String, Integer> sorted = new LinkedHashMap<>();
    entries.forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  private static String urlEncode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String resource(String name) {
    try (InputStream in = HtmlWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
