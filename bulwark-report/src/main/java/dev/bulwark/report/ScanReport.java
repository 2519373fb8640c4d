package dev.bulwark.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a report writer needs about one scan. Entries and diagnostics are kept in output
 * order (path, then position), whatever order the caller added them in, so that a parallel scan
 * writes exactly what a sequential one would.
 *
 * @param tool the tool that scanned
 * @param baseDirectory the absolute directory that relative finding paths are relative to
 *     (usually the working directory; SARIF's {@code %SRCROOT%}), or {@code null} if unknown
 * @param roots the paths the scan was asked to scan, as given
 * @param files every file scanned, in path order; may be empty when the caller does not list them
 *     (then only files with findings or diagnostics appear where a format lists files)
 * @param entries the findings
 * @param diagnostics the files that could not be checked
 * @param rules the rules that ran, as the report should describe them
 * @param summary the counts
 * @param sources the text of the files, for snippets
 */
public record ScanReport(Tool tool, Path baseDirectory, List<String> roots, List<String> files,
    List<ReportEntry> entries, List<ScanDiagnostic> diagnostics, List<RuleDescriptor> rules, Summary summary,
    SourceLines sources) {

  /** Output order of findings: path, position, then rule and message so that ties are stable. */
  public static final Comparator<ReportEntry> ENTRY_ORDER = Comparator
      .comparing((ReportEntry e) -> e.finding().location().path())
      .thenComparingInt(e -> e.finding().location().line())
      .thenComparingInt(e -> e.finding().location().column())
      .thenComparingInt(e -> e.finding().location().endLine())
      .thenComparingInt(e -> e.finding().location().endColumn())
      .thenComparing(e -> e.finding().ruleId())
      .thenComparing(e -> e.finding().message());

  private static final Comparator<ScanDiagnostic> DIAGNOSTIC_ORDER = Comparator
      .comparing(ScanDiagnostic::path)
      .thenComparingInt(ScanDiagnostic::line)
      .thenComparing(ScanDiagnostic::kind)
      .thenComparing(ScanDiagnostic::message);

  /**
   * The tool's identity.
   *
   * @param name e.g. {@code bulwark}
   * @param version e.g. {@code 0.1.0}
   * @param informationUri the tool's home page, or {@code null}
   */
  public record Tool(String name, String version, String informationUri) {
    public Tool {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(version, "version");
    }
  }

  /**
   * The counts of a scan.
   *
   * @param filesScanned how many files were scanned (including those with diagnostics)
   * @param findingsBySeverity how many findings of each severity; every severity is present
   * @param diagnostics how many files could not be checked
   */
  public record Summary(int filesScanned, Map<Severity, Integer> findingsBySeverity, int diagnostics) {
    public Summary {
      EnumMap<Severity, Integer> counts = new EnumMap<>(Severity.class);
      for (Severity s : Severity.values()) {
        counts.put(s, findingsBySeverity.getOrDefault(s, 0));
      }
      findingsBySeverity = Collections.unmodifiableMap(counts);
    }

    /** The number of findings of all severities. */
    public int findings() {
      return findingsBySeverity.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  public ScanReport {
    Objects.requireNonNull(tool, "tool");
    if (baseDirectory != null && !baseDirectory.isAbsolute()) {
      throw new IllegalArgumentException("baseDirectory is not absolute: " + baseDirectory);
    }
    roots = List.copyOf(roots);
    files = files.stream().sorted().distinct().toList();
    entries = entries.stream().sorted(ENTRY_ORDER).toList();
    diagnostics = diagnostics.stream().sorted(DIAGNOSTIC_ORDER).toList();
    rules = List.copyOf(rules);
    Objects.requireNonNull(summary, "summary");
    sources = sources == null ? SourceLines.none() : sources;
  }

  /** A builder for a report of a scan by {@code tool}. */
  public static Builder builder(Tool tool) {
    return new Builder(tool);
  }

  /** Collects the parts of a report; the summary is counted from them. */
  public static final class Builder {
    private final Tool tool;
    private Path baseDirectory;
    private final List<String> roots = new ArrayList<>();
    private final List<String> files = new ArrayList<>();
    private final List<ReportEntry> entries = new ArrayList<>();
    private final List<ScanDiagnostic> diagnostics = new ArrayList<>();
    private final List<RuleDescriptor> rules = new ArrayList<>();
    private Integer filesScanned;
    private SourceLines sources = SourceLines.none();

    private Builder(Tool tool) {
      this.tool = Objects.requireNonNull(tool, "tool");
    }

    public Builder baseDirectory(Path dir) {
      this.baseDirectory = dir;
      return this;
    }

    public Builder roots(Collection<String> paths) {
      roots.addAll(paths);
      return this;
    }

    /** Every file scanned; {@link Summary#filesScanned()} is their number unless set. */
    public Builder files(Collection<String> paths) {
      files.addAll(paths);
      return this;
    }

    /** The number of files scanned, when the caller does not list them. */
    public Builder filesScanned(int count) {
      this.filesScanned = count;
      return this;
    }

    public Builder entry(ReportEntry entry) {
      entries.add(entry);
      return this;
    }

    public Builder entries(Collection<ReportEntry> all) {
      entries.addAll(all);
      return this;
    }

    /** Adds findings with no fingerprint and no flow. */
    public Builder findings(Collection<Finding> findings) {
      findings.forEach(f -> entries.add(ReportEntry.of(f)));
      return this;
    }

    public Builder diagnostic(ScanDiagnostic diagnostic) {
      diagnostics.add(diagnostic);
      return this;
    }

    public Builder diagnostics(Collection<ScanDiagnostic> all) {
      diagnostics.addAll(all);
      return this;
    }

    public Builder rules(Collection<RuleDescriptor> descriptors) {
      rules.addAll(descriptors);
      return this;
    }

    public Builder sources(SourceLines lines) {
      this.sources = lines;
      return this;
    }

    public ScanReport build() {
      EnumMap<Severity, Integer> counts = new EnumMap<>(Severity.class);
      for (ReportEntry e : entries) {
        counts.merge(e.finding().severity(), 1, Integer::sum);
      }
      int scanned = filesScanned != null ? filesScanned : (int) files.stream().distinct().count();
      Summary summary = new Summary(scanned, counts, diagnostics.size());
      return new ScanReport(tool, baseDirectory, roots, files, entries, diagnostics, rules, summary, sources);
    }
  }
}
