package dev.bulwark.cli;

/** The kinds of trouble one path can cause, each tied to the exit status it implies. */
enum Problem {
  /** A finding at or above the {@code --fail-on} level. */
  FINDING(ExitCode.FINDINGS),
  /** A finding below the {@code --fail-on} level (or written to a baseline): reported, but the scan passes. */
  FINDING_NOT_FAILING(ExitCode.OK),
  /** A suppression comment that is malformed, misplaced or unused. */
  WARNING(ExitCode.OK),
  SYNTAX_ERROR(ExitCode.FINDINGS),
  UNREADABLE(ExitCode.FINDINGS),
  NOT_FOUND(ExitCode.USAGE),
  INTERNAL(ExitCode.INTERNAL);

  final int exitCode;

  Problem(int exitCode) {
    this.exitCode = exitCode;
  }
}
