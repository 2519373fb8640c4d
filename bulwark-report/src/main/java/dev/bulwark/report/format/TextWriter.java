package dev.bulwark.report.format;

import dev.bulwark.report.Finding;
import dev.bulwark.report.FlowStep;
import dev.bulwark.report.Location;
import dev.bulwark.report.ReportEntry;
import dev.bulwark.report.ScanDiagnostic;
import dev.bulwark.report.ScanReport;
import dev.bulwark.report.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The format for people: findings grouped by file, each with its rule, severity, message, the
 * line of code with a caret under the range, the fix and the CWEs; then a summary by severity.
 * Columns are from 1, in characters (UTF-8 bytes when the text is unavailable). ANSI colours only
 * when asked. Paths, messages and code are cleaned of control characters first, so that a
 * scanned file cannot send escape sequences to the terminal.
 */
final class TextWriter implements ReportWriter {

  /** Longest piece of a line of code shown, in code points. */
  static final int MAX_LINE = 120;

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String CYAN = "\u001b[36m";

  private final boolean color;

  TextWriter(boolean color) {
    this.color = color;
  }

  @Override
  public String name() {
    return "text";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  public void write(ScanReport report, Writer out) throws IOException {
    Sources sources = new Sources(report.sources());
    Map<String, List<ScanDiagnostic>> diagnosticsByPath = new TreeMap<>();
    for (ScanDiagnostic d : report.diagnostics()) {
      diagnosticsByPath.computeIfAbsent(d.path(), p -> new ArrayList<>()).add(d);
    }
    Map<String, List<ReportEntry>> entriesByPath = new TreeMap<>();
    for (ReportEntry e : report.entries()) {
      entriesByPath.computeIfAbsent(e.finding().location().path(), p -> new ArrayList<>()).add(e);
    }
    TreeSet<String> paths = new TreeSet<>(diagnosticsByPath.keySet());
    paths.addAll(entriesByPath.keySet());

    StringBuilder text = new StringBuilder();
    for (String path : paths) {
      text.append(paint(BOLD, Escapes.terminal(path))).append('\n');
      for (ScanDiagnostic d : diagnosticsByPath.getOrDefault(path, List.of())) {
        text.append("  ");
        if (d.line() > 0) {
          text.append(d.line()).append(": ");
        }
        text.append(paint(d.kind() == ScanDiagnostic.Kind.INTERNAL_ERROR ? severityColor(Severity.CRITICAL)
            : severityColor(Severity.MEDIUM), d.kind().id()))
            .append(": ").append(Escapes.terminal(d.message())).append('\n');
      }
      for (ReportEntry e : entriesByPath.getOrDefault(path, List.of())) {
        finding(text, e, sources);
      }
      text.append('\n');
    }
    summary(text, report.summary());
    out.write(text.toString());
    out.flush();
  }

  private void finding(StringBuilder text, ReportEntry entry, Sources sources) {
    Finding f = entry.finding();
    Location at = f.location();
    String color = severityColor(f.severity());
    text.append("  ").append(at.line()).append(':').append(sources.displayColumn(at)).append(' ')
        .append(paint(color, "[" + Labels.of(f.severity()) + "]")).append(' ')
        .append(paint(BOLD, Escapes.terminal(f.ruleId()))).append(' ')
        .append(Escapes.terminal(f.ruleName())).append(": ")
        .append(Escapes.terminal(f.message())).append('\n');

    String number = Integer.toString(at.line());
    String gutter = "  " + " ".repeat(number.length()) + " ";
    Optional<Snippet> snippet = sources.snippet(at, MAX_LINE, Escapes::terminal);
    if (snippet.isPresent()) {
      Snippet s = snippet.get();
      text.append("  ").append(paint(DIM, number + " |")).append(' ').append(s.text()).append('\n');
      int carets = Math.max(1, s.markEnd() - s.markStart());
      text.append(gutter).append(paint(DIM, "|")).append(' ').append(blank(s.before()))
          .append(paint(color, "^".repeat(carets))).append('\n');
    }
    if (f.fix() != null && !f.fix().isBlank()) {
      text.append(gutter).append(paint(DIM, "=")).append(" fix: ").append(Escapes.terminal(f.fix())).append('\n');
    }
    StringBuilder facts = new StringBuilder();
    String cwes = Labels.cwes(f.cwes());
    if (!cwes.isEmpty()) {
      facts.append(cwes).append(", ");
    }
    facts.append("confidence: ").append(Labels.of(f.confidence()));
    text.append(gutter).append(paint(DIM, "=")).append(' ').append(facts).append('\n');
    if (!entry.flow().isEmpty()) {
      text.append(gutter).append(paint(DIM, "=")).append(" flow:\n");
      int step = 1;
      for (FlowStep s : entry.flow()) {
        Location l = s.location();
        text.append(gutter).append("    ").append(step++).append(". ")
            .append(paint(CYAN, Escapes.terminal(l.path()) + ":" + l.line() + ":" + sources.displayColumn(l)))
            .append(' ').append(Escapes.terminal(s.message())).append('\n');
      }
    }
  }

  private void summary(StringBuilder text, ScanReport.Summary summary) {
    int findings = summary.findings();
    text.append(paint(BOLD, "Summary:")).append(' ')
        .append(plural(summary.filesScanned(), "file")).append(" scanned, ")
        .append(findings == 0 ? "no findings" : plural(findings, "finding"));
    if (summary.diagnostics() > 0) {
      text.append(", ").append(plural(summary.diagnostics(), "file")).append(" not checked");
    }
    text.append('\n');
    for (Severity s : Labels.SEVERITIES_HIGH_FIRST) {
      int count = summary.findingsBySeverity().get(s);
      String label = String.format("%-9s", Labels.of(s));
      text.append("  ").append(count > 0 ? paint(severityColor(s), label) : label)
          .append(String.format("%5d", count)).append('\n');
    }
  }

  /** Blanks that line up with {@code prefix} on a terminal: its tabs are kept. */
  private static String blank(String prefix) {
    StringBuilder out = new StringBuilder();
    prefix.codePoints().forEach(cp -> out.append(cp == '\t' ? '\t' : ' '));
    return out.toString();
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String severityColor(Severity severity) {
    switch (severity) {
      case CRITICAL:
        return "\u001b[1;35m";
      case HIGH:
        return "\u001b[31m";
      case MEDIUM:
        return "\u001b[33m";
      default:
        return "\u001b[34m";
    }
  }

  private String paint(String code, String s) {
    return color ? code + s + RESET : s;
  }
}
