package dev.bulwark.report.format;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The words and numbers the formats share for severities, confidences and CWEs. */
final class Labels {

  /** Severities highest first, the order reports list them in. */
  static final List<Severity> SEVERITIES_HIGH_FIRST = List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM,
      Severity.LOW);

  private Labels() {}

  /** {@code critical}, {@code high}, {@code medium}, {@code low}. */
  static String of(Severity severity) {
    return severity.name().toLowerCase(Locale.ROOT);
  }

  /** {@code high}, {@code medium}, {@code low}. */
  static String of(Confidence confidence) {
    return confidence.name().toLowerCase(Locale.ROOT);
  }

  /** {@code CWE-78, CWE-77}, or an empty string. */
  static String cwes(List<Integer> cwes) {
    return cwes == null ? "" : cwes.stream().map(c -> "CWE-" + c).collect(Collectors.joining(", "));
  }

  /**
   * GitHub code scanning's {@code security-severity} for a severity. GitHub reads a score of 9.0
   * or more as critical, 7.0-8.9 as high, 4.0-6.9 as medium and 0.1-3.9 as low; each of ours sits
   * well inside its band.
   */
  static String securitySeverity(Severity severity) {
    switch (severity) {
      case CRITICAL:
        return "9.5";
      case HIGH:
        return "8.0";
      case MEDIUM:
        return "5.5";
      default:
        return "3.0";
    }
  }

  /** SARIF's {@code level}: critical and high are errors, medium a warning, low a note. */
  static String sarifLevel(Severity severity) {
    switch (severity) {
      case CRITICAL:
      case HIGH:
        return "error";
      case MEDIUM:
        return "warning";
      default:
        return "note";
    }
  }
}
