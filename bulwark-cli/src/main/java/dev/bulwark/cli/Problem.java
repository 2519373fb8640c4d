package dev.bulwark.cli;

/** The kinds of trouble one path can cause, each tied to the exit status it implies. */
enum Problem {
  FINDING(ExitCode.FINDINGS),
  SYNTAX_ERROR(ExitCode.FINDINGS),
  UNREADABLE(ExitCode.FINDINGS),
  NOT_FOUND(ExitCode.USAGE),
  INTERNAL(ExitCode.INTERNAL);

  final int exitCode;

  Problem(int exitCode) {
    this.exitCode = exitCode;
  }
}
