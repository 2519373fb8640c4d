package dev.bulwark.deps.report;

import dev.bulwark.deps.audit.PackageResult;
import dev.bulwark.deps.audit.PackageStatus;
import dev.bulwark.deps.manifest.ManifestProblem;
import dev.bulwark.deps.manifest.SkippedEntry;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** The default report: the database line, a table of findings, then what was not applicable, ignored, skipped or unreadable. */
final class TableWriter implements DepsReportWriter {

  @Override
  public void write(DepsReport report, Writer out) throws IOException {
    StringBuilder s = new StringBuilder();
    s.append(report.databaseLine()).append('\n');
    s.append("Target environment: ").append(report.environment()).append("\n\n");
    List<Rows.Row> rows = Rows.findings(report);
    if (rows.isEmpty()) {
      s.append("No known vulnerabilities found.\n");
    } else {
      List<String[]> table = new ArrayList<>();
      table.add(new String[] {"PACKAGE", "VERSION", "ID", "SEVERITY", "FIX", "SCOPE", "SOURCE"});
      for (Rows.Row r : rows) {
        table.add(new String[] {
          r.pkg().dependency().name(),
          Rows.version(r.pkg().dependency()) + (r.finding().potential() ? " (potential)" : ""),
          r.finding().id(),
          Rows.severity(r.finding().severity()),
          Rows.fix(r.pkg(), r.finding()),
          r.pkg().dependency().scope(),
          report.display(r.pkg().dependency().source())});
      }
      appendTable(s, table);
      s.append('\n');
      for (Rows.Row r : rows) {
        s.append(r.finding().id());
        List<String> other = Rows.otherIds(r.finding());
        if (!other.isEmpty()) {
          s.append(" (").append(String.join(", ", other)).append(')');
        }
        s.append(": ").append(r.finding().summary().isEmpty() ? "(no summary)" : r.finding().summary()).append('\n');
      }
    }
    List<PackageResult> notApplicable = report.packages().stream()
        .filter(p -> p.status() == PackageStatus.NOT_APPLICABLE).toList();
    if (!notApplicable.isEmpty()) {
      s.append("\nNot applicable to the target environment:\n");
      for (PackageResult p : notApplicable) {
        s.append("  ").append(p.dependency().name()).append(' ').append(Rows.version(p.dependency())).append("  ")
            .append(report.display(p.dependency().source())).append("  ")
            .append(p.dependency().marker().orElse("")).append('\n');
      }
    }
    List<PackageResult> notes = report.packages().stream()
        .filter(p -> p.status() == PackageStatus.UNCHECKED).toList();
    if (!notes.isEmpty()) {
      s.append("\nNot checked:\n");
      for (PackageResult p : notes) {
        s.append("  ").append(p.dependency().name()).append("  ").append(report.display(p.dependency().source()))
            .append("  ").append(p.note()).append('\n');
      }
    }
    if (!report.ignored().isEmpty()) {
      s.append("\nIgnored:\n");
      for (DepsReport.IgnoredFinding i : report.ignored()) {
        s.append("  ").append(i.finding().id()).append("  ").append(i.pkg().dependency().name()).append(' ')
            .append(Rows.version(i.pkg().dependency())).append("  ").append(i.reason()).append('\n');
      }
    }
    if (!report.skipped().isEmpty()) {
      s.append("\nSkipped (not audited):\n");
      for (SkippedEntry e : report.skipped()) {
        s.append("  ").append(report.display(e.source())).append("  ").append(e.what()).append("  (")
            .append(e.reason()).append(")\n");
      }
    }
    if (!report.problems().isEmpty()) {
      s.append("\nProblems:\n");
      for (ManifestProblem p : report.problems()) {
        s.append("  ").append(report.display(p.source())).append(": ").append(p.message()).append('\n');
      }
    }
    DepsReport.Summary sum = report.summary();
    s.append('\n').append(sum.audited()).append(sum.audited() == 1 ? " package" : " packages").append(" audited, ")
        .append(sum.vulnerabilities()).append(sum.vulnerabilities() == 1 ? " vulnerability" : " vulnerabilities");
    if (sum.potential() > 0) {
      s.append(", ").append(sum.potential()).append(" potential (unpinned)");
    }
    if (sum.notApplicable() > 0) {
      s.append(", ").append(sum.notApplicable()).append(" not applicable");
    }
    if (sum.ignored() > 0) {
      s.append(", ").append(sum.ignored()).append(" ignored");
    }
    if (sum.skipped() > 0) {
      s.append(", ").append(sum.skipped()).append(" skipped");
    }
    if (sum.problems() > 0) {
      s.append(", ").append(sum.problems()).append(sum.problems() == 1 ? " problem" : " problems");
    }
    s.append('\n');
    out.write(s.toString());
  }

  private static void appendTable(StringBuilder s, List<String[]> table) {
    int[] widths = new int[table.get(0).length];
    for (String[] row : table) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : table) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(row[i]);
        if (i < row.length - 1) {
          line.append(" ".repeat(widths[i] - row[i].length() + 2));
        }
      }
      s.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
