package dev.bulwark.deps.report;

import dev.bulwark.deps.audit.PackageResult;
import dev.bulwark.deps.audit.PackageStatus;
import dev.bulwark.deps.manifest.ManifestProblem;
import dev.bulwark.deps.manifest.SkippedEntry;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A Markdown report, for pull request comments and job summaries. */
final class MarkdownWriter implements DepsReportWriter {

  @Override
  public void write(DepsReport report, Writer out) throws IOException {
    StringBuilder s = new StringBuilder();
    DepsReport.Summary sum = report.summary();
    s.append("# Dependency audit\n\n");
    s.append(escape(report.databaseLine())).append("  \n");
    s.append("Target environment: ").append(escape(report.environment())).append("  \n");
    s.append(sum.audited()).append(" packages audited, ").append(sum.vulnerabilities()).append(" vulnerabilities, ")
        .append(sum.potential()).append(" potential, ").append(sum.skipped()).append(" skipped.\n\n");
    List<Rows.Row> rows = Rows.findings(report);
    if (rows.isEmpty()) {
      s.append("No known vulnerabilities found.\n");
    } else {
      s.append("| Package | Version | Advisory | Aliases | Severity | Fix | Scope | Source |\n");
      s.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
      for (Rows.Row r : rows) {
        s.append("| ").append(cell(r.pkg().dependency().name()))
            .append(" | ").append(cell(Rows.version(r.pkg().dependency()) + (r.finding().potential() ? " (potential)" : "")))
            .append(" | [").append(cell(r.finding().id())).append("](https://osv.dev/vulnerability/")
            .append(r.finding().id()).append(')')
            .append(" | ").append(cell(String.join(", ", Rows.otherIds(r.finding()))))
            .append(" | ").append(cell(Rows.severity(r.finding().severity())))
            .append(" | ").append(cell(Rows.fix(r.pkg(), r.finding())))
            .append(" | ").append(cell(r.pkg().dependency().scope()))
            .append(" | `").append(report.display(r.pkg().dependency().source()).replace("`", "'")).append("` |\n");
      }
    }
    List<PackageResult> notApplicable = report.packages().stream()
        .filter(p -> p.status() == PackageStatus.NOT_APPLICABLE).toList();
    if (!notApplicable.isEmpty()) {
      s.append("\n## Not applicable to the target environment\n\n");
      for (PackageResult p : notApplicable) {
        s.append("- ").append(escape(p.dependency().name() + " " + Rows.version(p.dependency()))).append(" (`")
            .append(report.display(p.dependency().source())).append("`): ")
            .append(escape(p.dependency().marker().orElse(""))).append('\n');
      }
    }
    if (!report.ignored().isEmpty()) {
      s.append("\n## Ignored\n\n");
      for (DepsReport.IgnoredFinding i : report.ignored()) {
        s.append("- ").append(escape(i.finding().id() + " in " + i.pkg().dependency().name() + ": " + i.reason()))
            .append('\n');
      }
    }
    if (!report.skipped().isEmpty()) {
      s.append("\n## Skipped\n\n");
      for (SkippedEntry e : report.skipped()) {
        s.append("- `").append(report.display(e.source())).append("` ").append(escape(e.what())).append(": ")
            .append(escape(e.reason())).append('\n');
      }
    }
    if (!report.problems().isEmpty()) {
      s.append("\n## Problems\n\n");
      for (ManifestProblem p : report.problems()) {
        s.append("- `").append(report.display(p.source())).append("`: ").append(escape(p.message())).append('\n');
      }
    }
    out.write(s.toString());
  }

  private static String cell(String text) {
    return escape(text).replace("\n", " ");
  }

  /** Keeps text literal: Markdown and HTML characters are escaped. */
  private static String escape(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("\\`*_[]<>|~".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
