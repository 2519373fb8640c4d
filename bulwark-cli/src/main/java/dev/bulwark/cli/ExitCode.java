package dev.bulwark.cli;

/**
 * The process exit statuses, one meaning each, so scripts and CI can tell "the code has problems"
 * from "you called the tool wrongly" from "the tool itself broke".
 */
final class ExitCode {

  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int USAGE = 2;
  static final int INTERNAL = 3;

  private ExitCode() {}

  /** When several outcomes apply, the more serious one (the higher number) decides the status. */
  static int worst(int a, int b) {
    return Math.max(a, b);
  }
}
