package dev.bulwark.report.format;

import dev.bulwark.report.Finding;
import dev.bulwark.report.FlowStep;
import dev.bulwark.report.Location;
import dev.bulwark.report.ReportEntry;
import dev.bulwark.report.ScanDiagnostic;
import dev.bulwark.report.ScanReport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * JUnit XML for CI test views (GitLab, Jenkins, Azure DevOps, CircleCI): one
 * {@code <testsuite>} per scanned file, named by its path. In it, one failing
 * {@code <testcase>} per finding (the {@code <failure>} carries the message, severity, rule, CWEs,
 * the line of code and the fix), one {@code <testcase>} with an {@code <error>} per diagnostic,
 * and a single passing {@code no findings} test case when the file is clean. Clean files are
 * listed only when the report lists the files scanned.
 *
 * <p>The {@code classname} is the file's path without its extension, dotted
 * ({@code src/app/views.py} becomes {@code src.app.views}), which tools that read classnames as
 * Java packages show as a tree; the {@code file} and {@code line} attributes carry the exact place.
 */
final class JunitWriter implements ReportWriter {

  @Override
  public String name() {
    return "junit";
  }

  @Override
  public String extension() {
    return "xml";
  }

  @Override
  public void write(ScanReport report, Writer out) throws IOException {
    Sources sources = new Sources(report.sources());
    Map<String, List<ReportEntry>> entries = new TreeMap<>();
    for (ReportEntry e : report.entries()) {
      entries.computeIfAbsent(e.finding().location().path(), p -> new ArrayList<>()).add(e);
    }
    Map<String, List<ScanDiagnostic>> diagnostics = new TreeMap<>();
    for (ScanDiagnostic d : report.diagnostics()) {
      diagnostics.computeIfAbsent(d.path(), p -> new ArrayList<>()).add(d);
    }
    TreeSet<String> paths = new TreeSet<>(report.files());
    paths.addAll(entries.keySet());
    paths.addAll(diagnostics.keySet());

    int failures = report.entries().size();
    int errors = report.diagnostics().size();
    int clean = 0;
    for (String path : paths) {
      if (!entries.containsKey(path) && !diagnostics.containsKey(path)) {
        clean++;
      }
    }
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites name=\"").append(attr(report.tool().name())).append("\" tests=\"")
        .append(failures + errors + clean).append("\" failures=\"").append(failures).append("\" errors=\"")
        .append(errors).append("\">\n");
    for (String path : paths) {
      List<ReportEntry> fileEntries = entries.getOrDefault(path, List.of());
      List<ScanDiagnostic> fileDiagnostics = diagnostics.getOrDefault(path, List.of());
      boolean isClean = fileEntries.isEmpty() && fileDiagnostics.isEmpty();
      int tests = isClean ? 1 : fileEntries.size() + fileDiagnostics.size();
      String classname = attr(classname(path));
      xml.append("  <testsuite name=\"").append(attr(path)).append("\" tests=\"").append(tests)
          .append("\" failures=\"").append(fileEntries.size()).append("\" errors=\"").append(fileDiagnostics.size())
          .append("\" skipped=\"0\" time=\"0\">\n");
      for (ScanDiagnostic d : fileDiagnostics) {
        xml.append("    <testcase name=\"").append(attr(d.kind().id() + (d.line() > 0 ? " at line " + d.line() : "")))
            .append("\" classname=\"").append(classname).append("\" file=\"").append(attr(path)).append('"');
        if (d.line() > 0) {
          xml.append(" line=\"").append(d.line()).append('"');
        }
        xml.append(" time=\"0\">\n      <error message=\"").append(attr(d.message())).append("\" type=\"")
            .append(attr(d.kind().id())).append("\">").append(Escapes.xml(d.message(), false))
            .append("</error>\n    </testcase>\n");
      }
      for (ReportEntry e : fileEntries) {
        Finding f = e.finding();
        Location at = f.location();
        String where = at.line() + ":" + sources.displayColumn(at);
        xml.append("    <testcase name=\"").append(attr(f.ruleId() + " " + f.ruleName() + " at " + where))
            .append("\" classname=\"").append(classname).append("\" file=\"").append(attr(path))
            .append("\" line=\"").append(at.line()).append("\" time=\"0\">\n")
            .append("      <failure message=\"").append(attr(f.message())).append("\" type=\"")
            .append(attr(f.ruleId())).append("\">").append(Escapes.xml(details(e, sources), false))
            .append("</failure>\n    </testcase>\n");
      }
      if (isClean) {
        xml.append("    <testcase name=\"no findings\" classname=\"").append(classname).append("\" file=\"")
            .append(attr(path)).append("\" time=\"0\"/>\n");
      }
      xml.append("  </testsuite>\n");
    }
    xml.append("</testsuites>\n");
    out.write(xml.toString());
    out.flush();
  }

  /** The body of a failure: what a CI page shows when the test case is opened. */
  private static String details(ReportEntry entry, Sources sources) {
    Finding f = entry.finding();
    Location at = f.location();
    StringBuilder text = new StringBuilder();
    text.append('[').append(Labels.of(f.severity())).append("] ").append(f.ruleId()).append(' ')
        .append(f.ruleName()).append('\n')
        .append(at.path()).append(':').append(at.line()).append(':').append(sources.displayColumn(at)).append('\n')
        .append(f.message()).append('\n');
    sources.line(at.path(), at.line()).ifPresent(line -> text.append("\n    ").append(line.strip()).append("\n\n"));
    if (f.fix() != null && !f.fix().isBlank()) {
      text.append("fix: ").append(f.fix()).append('\n');
    }
    String cwes = Labels.cwes(f.cwes());
    text.append(cwes.isEmpty() ? "" : cwes + ", ").append("confidence: ").append(Labels.of(f.confidence()));
    if (entry.fingerprint() != null) {
      text.append("\nfingerprint: ").append(entry.fingerprint());
    }
    int step = 1;
    for (FlowStep s : entry.flow()) {
      Location l = s.location();
      text.append(step == 1 ? "\nflow:" : "").append("\n  ").append(step++).append(". ").append(l.path()).append(':')
          .append(l.line()).append(':').append(sources.displayColumn(l)).append(' ').append(s.message());
    }
    return text.toString();
  }

  /** {@code src/app/views.py} to {@code src.app.views}. */
  static String classname(String path) {
    String p = path.replace('\\', '/');
    while (p.startsWith("./") || p.startsWith("/")) {
      p = p.substring(p.startsWith("/") ? 1 : 2);
    }
    int slash = p.lastIndexOf('/');
    int dot = p.lastIndexOf('.');
    if (dot > slash + 1) {
      p = p.substring(0, dot);
    }
    return p.replace('/', '.');
  }

  private static String attr(String s) {
    return Escapes.xml(s, true);
  }
}
