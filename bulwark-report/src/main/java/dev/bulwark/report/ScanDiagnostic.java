package dev.bulwark.report;

import java.util.Locale;
import java.util.Objects;

/**
 * A file the scan could not check: it could not be read or decoded, it is not valid Python, or
 * Bulwark failed on it. The scan goes on; the report says what was missed.
 *
 * @param path the file, as given to or found by the scan
 * @param line the line the problem is on, from 1, or 0 when it concerns the whole file
 * @param message what went wrong, in one sentence
 * @param kind what kind of problem it is
 */
public record ScanDiagnostic(String path, int line, String message, Kind kind) {

  /** The kinds of problem, each with a stable kebab-case id used by the writers. */
  public enum Kind {
    /** The file could not be read or decoded. */
    UNREADABLE,
    /** The file is not valid Python. */
    SYNTAX_ERROR,
    /** Bulwark itself failed on the file (a bug in Bulwark). */
    INTERNAL_ERROR;

    /** {@code unreadable}, {@code syntax-error}, {@code internal-error}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public ScanDiagnostic {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(kind, "kind");
    if (line < 0) {
      throw new IllegalArgumentException("line < 0: " + line);
    }
  }
}
