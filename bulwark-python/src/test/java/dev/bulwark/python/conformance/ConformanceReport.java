package dev.bulwark.python.conformance;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The outcome of a conformance run, and the text a developer reads when it fails. */
record ConformanceReport(List<FileVerdict> verdicts, long nanos, int threads) {

  long count(FileVerdict.Kind kind) {
    return verdicts.stream().filter(v -> v.kind() == kind).count();
  }

  List<FileVerdict> mismatches() {
    return verdicts.stream().filter(v -> v.kind() == FileVerdict.Kind.MISMATCH).collect(Collectors.toList());
  }

  /** The one line CI logs are searched for. */
  String summaryLine() {
    return String.format("conformance: %d files, %d identical, %d rejected at the same line, %d mismatches",
        verdicts.size(), count(FileVerdict.Kind.IDENTICAL), count(FileVerdict.Kind.REJECTED_SAME_LINE),
        count(FileVerdict.Kind.MISMATCH));
  }

  /** Summary, extra figures, and the first {@code limit} mismatches with their diffs. */
  String render(int limit) {
    StringBuilder out = new StringBuilder(summaryLine()).append('\n');
    long sameMessage = verdicts.stream().filter(FileVerdict::sameMessage).count();
    out.append(String.format("conformance: %d skipped, %d of the same-line rejections also have CPython's kind and message;"
        + " Bulwark side %.1fs on %d threads%n", count(FileVerdict.Kind.SKIPPED), sameMessage, nanos / 1e9, threads));
    verdicts.stream().filter(v -> v.kind() == FileVerdict.Kind.SKIPPED).limit(5)
        .forEach(v -> out.append("  skipped ").append(v.path()).append(": ").append(v.detail()).append('\n'));
    verdicts.stream().filter(v -> v.kind() != FileVerdict.Kind.SKIPPED).sorted(Comparator.comparingLong(FileVerdict::nanos).reversed())
        .limit(3).forEach(v -> out.append(String.format("  slowest: %.0f ms %s%n", v.nanos() / 1e6, v.path())));
    List<FileVerdict> bad = mismatches();
    bad.stream().limit(limit).forEach(v -> out.append("MISMATCH ").append(v.path()).append("\n    ").append(v.detail()).append('\n'));
    if (bad.size() > limit) {
      out.append("... and ").append(bad.size() - limit).append(" more mismatches\n");
    }
    return out.toString();
  }
}
