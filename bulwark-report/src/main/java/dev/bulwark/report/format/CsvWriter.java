package dev.bulwark.report.format;

import dev.bulwark.report.Finding;
import dev.bulwark.report.Location;
import dev.bulwark.report.ReportEntry;
import dev.bulwark.report.ScanReport;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One row per finding under a header row, as RFC 4180 has it: CRLF line ends, a field in double
 * quotes when it holds a comma, quote or line end, a quote doubled inside. Columns are from 1, in
 * characters (UTF-8 bytes when the text is unavailable).
 *
 * <p>A spreadsheet runs a cell that starts with {@code = + - @} (or tab or carriage return) as a
 * formula, and a scanned file chooses the messages and paths; such a text cell gets a leading
 * {@code '} so that it stays text. Number cells are written by us and need no guard.
 */
final class CsvWriter implements ReportWriter {

  static final List<String> HEADER = List.of("severity", "confidence", "rule_id", "rule_name", "path", "line",
      "column", "end_line", "end_column", "message", "cwes", "fix", "fingerprint");

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public void write(ScanReport report, Writer out) throws IOException {
    Sources sources = new Sources(report.sources());
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < HEADER.size(); i++) {
      csv.append(i == 0 ? "" : ",").append(HEADER.get(i));
    }
    csv.append("\r\n");
    for (ReportEntry e : report.entries()) {
      Finding f = e.finding();
      Location at = f.location();
      csv.append(text(Labels.of(f.severity()))).append(',')
          .append(text(Labels.of(f.confidence()))).append(',')
          .append(text(f.ruleId())).append(',')
          .append(text(f.ruleName())).append(',')
          .append(text(at.path())).append(',')
          .append(at.line()).append(',')
          .append(sources.displayColumn(at)).append(',')
          .append(at.endLine()).append(',')
          .append(sources.displayEndColumn(at)).append(',')
          .append(text(f.message())).append(',')
          .append(text(Labels.cwes(f.cwes()))).append(',')
          .append(text(f.fix())).append(',')
          .append(text(e.fingerprint())).append("\r\n");
    }
    out.write(csv.toString());
    out.flush();
  }

  /** A text cell: guarded against formulas, then quoted if it must be. */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String cell = value;
    char first = cell.charAt(0);
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
      cell = "'" + cell;
    }
    boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
        || cell.indexOf('\r') >= 0;
    return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
