package dev.bulwark.cli;

import java.util.EnumMap;
import java.util.Map;

/** Counts what a scan met and derives the exit status and the one-line summary from it. */
final class ScanSummary {

  private int files;
  private int suppressed;
  private int baselined;
  private final Map<Problem, Integer> problems = new EnumMap<>(Problem.class);

  void fileSeen() {
    files++;
  }

  void add(Diagnostic diagnostic) {
    problems.merge(diagnostic.problem(), 1, Integer::sum);
  }

  /** Findings a suppression comment hid. */
  void suppressed(int n) {
    suppressed += n;
  }

  /** Findings the baseline hid. */
  void baselined(int n) {
    baselined += n;
  }

  int findings() {
    return count(Problem.FINDING) + count(Problem.FINDING_NOT_FAILING);
  }

  int exitCode() {
    return exitCode(false);
  }

  /**
   * The worst status any problem implies.
   *
   * @param exitZero whether status 1 (findings, syntax errors, unreadable files) becomes 0
   */
  int exitCode(boolean exitZero) {
    int code = ExitCode.OK;
    for (Problem problem : problems.keySet()) {
      code = ExitCode.worst(code, problem.exitCode);
    }
    return exitZero && code == ExitCode.FINDINGS ? ExitCode.OK : code;
  }

  /** E.g. {@code 12 files scanned, 3 findings, 1 with syntax errors, 2 suppressed, 2 could not be read}. */
  String line() {
    StringBuilder s = new StringBuilder();
    s.append(files).append(files == 1 ? " file" : " files").append(" scanned, ");
    int findings = findings();
    s.append(findings).append(findings == 1 ? " finding, " : " findings, ");
    s.append(count(Problem.SYNTAX_ERROR)).append(" with syntax errors");
    appendIfAny(s, suppressed, " suppressed");
    appendIfAny(s, baselined, " in the baseline");
    int warnings = count(Problem.WARNING);
    appendIfAny(s, warnings, warnings == 1 ? " warning" : " warnings");
    appendIfAny(s, count(Problem.UNREADABLE), " could not be read");
    appendIfAny(s, count(Problem.NOT_FOUND), " not found");
    appendIfAny(s, count(Problem.INTERNAL), " failed with an internal error");
    return s.toString();
  }

  private static void appendIfAny(StringBuilder s, int n, String text) {
    if (n > 0) {
      s.append(", ").append(n).append(text);
    }
  }

  private int count(Problem problem) {
    return problems.getOrDefault(problem, 0);
  }
}
