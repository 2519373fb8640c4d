package dev.bulwark.sandbox;

import java.util.Locale;

/** How a run ended, most serious first when several apply. */
public enum Status {
  /** The sandbox could not be set up; the script may not have run. */
  SANDBOX_ERROR,
  /** Killed at the wall-clock limit. */
  TIMEOUT,
  /** Hit the memory limit. */
  MEMORY,
  /** Hit the process limit. */
  PIDS,
  /** Killed by a signal. */
  SIGNAL,
  /** Exited with a non-zero status. */
  ERROR,
  /** Exited 0 but wrote more than the output cap. */
  OUTPUT_TRUNCATED,
  /** Exited 0 within every limit. */
  OK;

  /** The name in reports: {@code ok}, {@code output_truncated}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
