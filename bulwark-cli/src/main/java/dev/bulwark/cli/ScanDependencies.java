package dev.bulwark.cli;

import dev.bulwark.deps.audit.Audit;
import dev.bulwark.deps.audit.AuditResult;
import dev.bulwark.deps.audit.MarkerFilter;
import dev.bulwark.deps.audit.PackageResult;
import dev.bulwark.deps.cvss.SeverityRating;
import dev.bulwark.deps.manifest.Dependency;
import dev.bulwark.deps.manifest.ManifestProblem;
import dev.bulwark.deps.manifest.ManifestReading;
import dev.bulwark.deps.manifest.ProjectManifests;
import dev.bulwark.deps.requirement.MarkerEnvironment;
import dev.bulwark.deps.store.AdvisoryStore;
import dev.bulwark.deps.store.StoreException;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Finding;
import dev.bulwark.report.Location;
import dev.bulwark.report.Severity;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dependency audit inside {@code scan}: the manifests and lock files the scan's walk met,
 * audited against the local advisory store (the one {@code bulwark deps} uses), become findings of
 * {@link DependencyRule} at the manifest line. Without a store the audit is skipped with a note: a
 * code scan must not fail for want of advisory data.
 */
final class ScanDependencies {

  /**
   * What the audit gave.
   *
   * @param findings per manifest file, in path order
   * @param problems manifest lines that could not be read, as (file, line, message)
   * @param notes one-line remarks for standard error (store missing or old)
   */
  record Outcome(Map<Path, List<Finding>> findings, List<ManifestProblem> problems, List<String> notes) {
    static final Outcome NOTHING = new Outcome(Map.of(), List.of(), List.of());
  }

  private ScanDependencies() {}

  /**
   * Audits the manifests the scan's walk found.
   *
   * @param manifests manifest and lock files, already past the scan's excludes and {@code .gitignore}
   * @param dbDir the advisory store to use
   */
  static Outcome audit(List<Path> manifests, Path dbDir, Clock clock) {
    if (manifests.isEmpty()) {
      return Outcome.NOTHING;
    }
    ManifestReading reading = ProjectManifests.of(manifests).reading();
    List<Dependency> dependencies = reading.dependencies().stream().distinct().toList();
    List<ManifestProblem> problems = reading.problems().stream().distinct().toList();
    if (dependencies.isEmpty()) {
      return new Outcome(Map.of(), problems, List.of());
    }
    if (!AdvisoryStore.exists(dbDir)) {
      return new Outcome(Map.of(), problems, List.of("dependency audit skipped: " + dependencies.size()
          + " dependencies declared but no advisory database in " + dbDir + "; build one with 'bulwark db update' "
          + "(or 'bulwark db import FILE' offline)"));
    }
    AuditResult result;
    try {
      MarkerFilter markers = MarkerFilter.of(MarkerEnvironment.current(DepsCommand.DEFAULT_PYTHON));
      result = Audit.run(dependencies, AdvisoryStore.open(dbDir), markers);
    } catch (StoreException e) {
      return new Outcome(Map.of(), problems,
          List.of("dependency audit skipped: advisory database " + dbDir + ": " + e.getMessage()));
    }
    List<String> notes = new ArrayList<>();
    DatabaseAge.days(result.database(), clock.instant()).ifPresent(days -> {
      String old = DatabaseAge.warning(result.database(), days);
      if (old != null) {
        notes.add(old);
      }
    });
    Map<Path, List<Finding>> byFile = new TreeMap<>();
    for (PackageResult p : result.packages()) {
      for (dev.bulwark.deps.audit.Finding f : p.findings()) {
        byFile.computeIfAbsent(p.dependency().source().file(), k -> new ArrayList<>()).add(toFinding(p, f));
      }
    }
    return new Outcome(byFile, problems, notes);
  }

  /** A report finding for one advisory group of one package, at the line that declares the package. */
  static Finding toFinding(PackageResult p, dev.bulwark.deps.audit.Finding f) {
    Dependency d = p.dependency();
    String version = d.version().orElse(d.specifier().isEmpty() ? "any version" : d.specifier());
    List<String> others = f.aliases().stream().filter(a -> !a.equals(f.id())).toList();
    String known = f.id() + (others.isEmpty() ? "" : " (" + String.join(", ", others) + ")");
    SeverityRating rating = f.severity();
    String message = (f.potential()
        ? d.name() + " " + version + " allows versions affected by " + known
        : d.name() + " " + version + " is affected by " + known)
        + (f.summary().isEmpty() ? "" : ": " + firstSentence(f.summary()))
        + (rating.severity() == dev.bulwark.deps.cvss.Severity.UNKNOWN ? " [severity unknown: " + rating.note() + "]"
            : "");
    String fix = p.recommended().map(v -> "Upgrade " + d.name() + " to " + v
            + " or later (the smallest version no known advisory affects)")
        .or(() -> f.minimalFix().map(v -> "Upgrade " + d.name() + " to " + v + " or later"))
        .orElse("No fixed version is known: remove the dependency or mitigate the vulnerability");
    int line = Math.max(1, d.source().line());
    Location at = new Location(d.source().file().toString(), line, 0, line, 0);
    return new Finding(f.potential() ? DependencyRule.POSSIBLY_VULNERABLE : DependencyRule.VULNERABLE,
        f.potential() ? "possibly-vulnerable-dependency" : "vulnerable-dependency", message, severity(rating),
        f.potential() ? Confidence.LOW : Confidence.HIGH, List.of(1395), at, fix);
  }

  /** The report's severity of an advisory: its CVSS band; medium when it has no vector to score. */
  static Severity severity(SeverityRating rating) {
    switch (rating.severity()) {
      case CRITICAL:
        return Severity.CRITICAL;
      case HIGH:
        return Severity.HIGH;
      case LOW:
      case NONE:
        return Severity.LOW;
      default:
        return Severity.MEDIUM;
    }
  }

  private static String firstSentence(String summary) {
    String line = summary.strip().lines().findFirst().orElse("");
    return line.length() <= 160 ? line : line.substring(0, 157) + "...";
  }
}
