package dev.bulwark.cli;

import java.util.EnumMap;
import java.util.Map;

/** Counts what a scan met and derives the exit status and the one-line summary from it. */
final class ScanSummary {

  private int files;
  private final Map<Problem, Integer> problems = new EnumMap<>(Problem.class);

  void fileSeen() {
    files++;
  }

  void add(Diagnostic diagnostic) {
    problems.merge(diagnostic.problem(), 1, Integer::sum);
  }

  int exitCode() {
    int code = ExitCode.OK;
    for (Problem problem : problems.keySet()) {
      code = ExitCode.worst(code, problem.exitCode);
    }
    return code;
  }

  /** E.g. {@code 12 files scanned, 1 with syntax errors, 2 could not be read}. */
  String line() {
    StringBuilder s = new StringBuilder();
    s.append(files).append(files == 1 ? " file" : " files").append(" scanned, ");
    int findings = count(Problem.FINDING);
    s.append(findings).append(findings == 1 ? " finding, " : " findings, ");
    s.append(count(Problem.SYNTAX_ERROR)).append(" with syntax errors");
    appendIfAny(s, Problem.UNREADABLE, " could not be read");
    appendIfAny(s, Problem.NOT_FOUND, " not found");
    appendIfAny(s, Problem.INTERNAL, " failed with an internal error");
    return s.toString();
  }

  private void appendIfAny(StringBuilder s, Problem problem, String text) {
    int n = count(problem);
    if (n > 0) {
      s.append(", ").append(n).append(text);
    }
  }

  private int count(Problem problem) {
    return problems.getOrDefault(problem, 0);
  }
}
