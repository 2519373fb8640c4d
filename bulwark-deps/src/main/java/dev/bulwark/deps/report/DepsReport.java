package dev.bulwark.deps.report;

import dev.bulwark.deps.audit.Finding;
import dev.bulwark.deps.audit.PackageResult;
import dev.bulwark.deps.audit.PackageStatus;
import dev.bulwark.deps.manifest.ManifestProblem;
import dev.bulwark.deps.manifest.SkippedEntry;
import dev.bulwark.deps.manifest.SourceLocation;
import dev.bulwark.deps.store.StoreMeta;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Everything a dependency audit report shows: the packages and their findings (ignored ones apart),
 * the entries that were skipped and why, the files that could not be read, and the advisory
 * database the audit used, whose date every format prints.
 *
 * @param toolVersion Bulwark's version
 * @param createdAt when the audit ran (CycloneDX's timestamp)
 * @param baseDirectory paths are shown relative to it when they are inside it
 * @param database the store's meta data
 * @param environment the target environment markers were evaluated for, e.g. "Python 3.12 on linux"
 * @param manifests the files read
 * @param packages the audit of every dependency, findings that an ignore entry covers removed
 * @param ignored the findings that an ignore entry covers
 * @param skipped entries that could not be audited
 * @param problems files or entries that could not be read
 */
public record DepsReport(
    String toolVersion,
    Instant createdAt,
    Path baseDirectory,
    StoreMeta database,
    String environment,
    List<Path> manifests,
    List<PackageResult> packages,
    List<IgnoredFinding> ignored,
    List<SkippedEntry> skipped,
    List<ManifestProblem> problems) {

  public DepsReport {
    manifests = List.copyOf(manifests);
    packages = List.copyOf(packages);
    ignored = List.copyOf(ignored);
    skipped = List.copyOf(skipped);
    problems = List.copyOf(problems);
  }

  /** A finding left out of the report's findings by an ignore entry, with that entry's reason. */
  public record IgnoredFinding(PackageResult pkg, Finding finding, String reason) {}

  /** The date of the advisory data: the newest {@code modified} of any record, else when it was fetched or imported. */
  public String databaseDate() {
    if (database == null) {
      return "unknown";
    }
    if (database.newestModified() != null) {
      return database.newestModified();
    }
    return database.fetchedAt() != null ? database.fetchedAt() : String.valueOf(database.importedAt());
  }

  /** One line about the database, for the text formats. */
  public String databaseLine() {
    if (database == null) {
      return "Advisory database: unknown";
    }
    String updated = database.fetchedAt() != null ? "fetched " + database.fetchedAt()
        : "imported " + database.importedAt();
    return "Advisory database: " + database.records() + " advisories, newest modified " + databaseDate() + " ("
        + updated + ")";
  }

  /** {@code file:line} with the file relative to the base directory when inside it, with forward slashes. */
  public String display(SourceLocation location) {
    String file = displayPath(location.file());
    return location.line() > 0 ? file + ":" + location.line() : file;
  }

  public String displayPath(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path base = baseDirectory == null ? null : baseDirectory.toAbsolutePath().normalize();
    Path shown = base != null && abs.startsWith(base) ? base.relativize(abs) : file;
    return shown.toString().replace('\\', '/');
  }

  /** Packages with at least one finding. */
  public List<PackageResult> vulnerable() {
    return packages.stream().filter(PackageResult::vulnerable).toList();
  }

  /** Counts for summaries. */
  public Summary summary() {
    int audited = 0;
    int notApplicable = 0;
    int definite = 0;
    int potential = 0;
    for (PackageResult p : packages) {
      if (p.status() == PackageStatus.NOT_APPLICABLE) {
        notApplicable++;
      } else {
        audited++;
      }
      for (Finding f : p.findings()) {
        if (f.potential()) {
          potential++;
        } else {
          definite++;
        }
      }
    }
    return new Summary(audited, notApplicable, definite, potential, ignored.size(), skipped.size(), problems.size());
  }

  /** How many of each: packages audited and not applicable, definite and potential findings, ignored findings, skipped entries, problems. */
  public record Summary(int audited, int notApplicable, int vulnerabilities, int potential, int ignored, int skipped,
      int problems) {}
}
