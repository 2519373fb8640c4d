package dev.bulwark.report;

import java.util.List;
import java.util.Objects;

/**
 * A finding as it goes into a report, with what the report adds to it.
 *
 * @param finding the finding
 * @param fingerprint a stable identity for the finding across scans, computed by the caller
 *     (baselines use it), or {@code null} when there is none
 * @param flow the source-to-sink path of a taint finding, source first; empty for other findings
 */
public record ReportEntry(Finding finding, String fingerprint, List<FlowStep> flow) {

  public ReportEntry {
    Objects.requireNonNull(finding, "finding");
    if (fingerprint != null && fingerprint.isEmpty()) {
      fingerprint = null;
    }
    flow = flow == null ? List.of() : List.copyOf(flow);
  }

  /** An entry with no fingerprint and no flow. */
  public static ReportEntry of(Finding finding) {
    return new ReportEntry(finding, null, List.of());
  }

  /** An entry with a fingerprint and no flow. */
  public static ReportEntry of(Finding finding, String fingerprint) {
    return new ReportEntry(finding, fingerprint, List.of());
  }
}
