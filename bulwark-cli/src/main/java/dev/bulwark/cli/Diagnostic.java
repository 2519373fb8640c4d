package dev.bulwark.cli;

import dev.bulwark.report.ReportEntry;
import dev.bulwark.report.ScanDiagnostic;
import java.util.List;
import dev.bulwark.python.SyntaxError;
import dev.bulwark.report.Finding;
import dev.bulwark.report.Location;
import java.io.IOException;
import java.util.Comparator;

/**
 * One line of output about one path. Ordered by path, then position, so that a parallel run
 * prints exactly what a sequential one would.
 */
record Diagnostic(String path, int line, int column, Problem problem, String text, ReportEntry entry)
    implements Comparable<Diagnostic> {

  /** A problem that is not a finding, so has no report entry. */
  Diagnostic(String path, int line, int column, Problem problem, String text) {
    this(path, line, column, problem, text, null);
  }

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::path)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::text);

  static Diagnostic syntaxError(String path, SyntaxError error) {
    return new Diagnostic(path, error.line(), error.column(), Problem.SYNTAX_ERROR, error.format(path));
  }

  /** A rule's finding: {@code path:line:col: BW602 [high] message}, the column counted from 1. */
  static Diagnostic finding(Finding f) {
    return finding(f, true, null);
  }

  /** A finding that fails the scan, or one reported without failing it (below {@code --fail-on}). */
  static Diagnostic finding(Finding f, boolean failing, String fingerprint) {
    Location at = f.location();
    String text = at.path() + ":" + at.line() + ":" + (at.column() + 1) + ": " + f.ruleId() + " ["
        + f.severity().name().toLowerCase(java.util.Locale.ROOT) + "] " + f.message();
    return new Diagnostic(at.path(), at.line(), at.column() + 1,
        failing ? Problem.FINDING : Problem.FINDING_NOT_FAILING, text, new ReportEntry(f, fingerprint, f.flow()));
  }

  /** A warning about a comment or setting: {@code path:line:col: warning: message}, the column counted from 1. */
  static Diagnostic warning(String path, int line, int column, String message) {
    return new Diagnostic(path, line, column + 1, Problem.WARNING,
        path + ":" + line + ":" + (column + 1) + ": warning: " + message);
  }

  static Diagnostic unreadable(String path, IOException cause) {
    return unreadable(path, IoErrors.describe(cause));
  }

  static Diagnostic unreadable(String path, String reason) {
    return new Diagnostic(path, 0, 0, Problem.UNREADABLE, path + ": error: cannot read: " + reason);
  }

  static Diagnostic notFound(String path) {
    return new Diagnostic(path, 0, 0, Problem.NOT_FOUND, path + ": error: no such file or directory");
  }

  static Diagnostic internal(String path, Throwable cause) {
    return new Diagnostic(
        path, 0, 0, Problem.INTERNAL, path + ": internal error: " + InternalErrors.describe(cause));
  }

  /** The problem as the report writers take it, or null for a finding or a warning. */
  ScanDiagnostic asScanDiagnostic() {
    ScanDiagnostic.Kind kind = switch (problem) {
      case SYNTAX_ERROR -> ScanDiagnostic.Kind.SYNTAX_ERROR;
      case UNREADABLE, NOT_FOUND -> ScanDiagnostic.Kind.UNREADABLE;
      case INTERNAL -> ScanDiagnostic.Kind.INTERNAL_ERROR;
      default -> null;
    };
    return kind == null ? null : new ScanDiagnostic(path, line, messageAfterPosition(), kind);
  }

  /** The text without its leading {@code path:} and {@code line:column:}, which the reports show their own way. */
  private String messageAfterPosition() {
    String rest = text.startsWith(path + ":") ? text.substring(path.length() + 1) : text;
    String position = line + ":" + column + ":";
    if (line > 0 && rest.startsWith(position)) {
      rest = rest.substring(position.length());
    }
    return rest.strip();
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }
}
