package dev.bulwark.cli;

import dev.bulwark.deps.audit.Audit;
import dev.bulwark.deps.audit.AuditResult;
import dev.bulwark.deps.audit.Finding;
import dev.bulwark.deps.audit.MarkerFilter;
import dev.bulwark.deps.audit.PackageResult;
import dev.bulwark.deps.cvss.Severity;
import dev.bulwark.deps.manifest.Dependency;
import dev.bulwark.deps.manifest.ManifestProblem;
import dev.bulwark.deps.manifest.ManifestReading;
import dev.bulwark.deps.manifest.ProjectManifests;
import dev.bulwark.deps.manifest.SkippedEntry;
import dev.bulwark.deps.report.DepsFormats;
import dev.bulwark.deps.report.DepsReport;
import dev.bulwark.deps.report.DepsReportWriter;
import dev.bulwark.deps.requirement.MarkerEnvironment;
import dev.bulwark.deps.store.AdvisoryStore;
import dev.bulwark.deps.store.StoreException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bulwark deps}: reads the manifests, lock files and installed environments under the given
 * paths, matches every package against the local advisory database and reports the vulnerable ones
 * with their fixes, the entries it could not audit and why, and the database's date.
 */
@Command(
    name = "deps",
    sortOptions = false,
    description = {
      "Audit Python dependencies against the local advisory database.",
      "Reads requirements*.txt, pyproject.toml ([project], [dependency-groups], [tool.poetry]), poetry.lock,",
      "Pipfile, Pipfile.lock, uv.lock, pdm.lock and pylock*.toml under each PATH; a lock file wins over the",
      "manifest beside it. Virtual environments and site-packages directories are read when named as PATH,",
      "or with --environments. Unpinned requirements give potential findings, which never fail the run.",
      "The database is built by 'bulwark db update' or 'bulwark db import'; deps never uses the network.",
      "",
      "Ignores: tables in the 'ignore' array of [tool.bulwark] (pyproject.toml) or bulwark.toml:",
      "  [[tool.bulwark.ignore]]",
      "  id = \"PYSEC-2022-42969\"      # any alias: CVE-..., GHSA-...",
      "  package = \"py\"               # optional",
      "  version = \"1.11.0\"           # optional",
      "  reason = \"not reachable\"     # required",
      "  expires = 2026-12-31         # optional: from this date the entry no longer applies",
      "An expired or unused entry gives a warning.",
      "",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no vulnerability at or above --fail-on (potential and ignored findings never count)",
      "1:a vulnerability at or above --fail-on",
      "2:usage or configuration error, a manifest that cannot be read or parsed, or no usable advisory database",
      "3:nothing to scan (no manifest or package under the paths), or an internal error in Bulwark",
    })
final class DepsCommand implements Callable<Integer> {

  /** Exit status when the paths hold nothing to audit; the same number as an internal error, as the design fixes it. */
  static final int NOTHING_TO_SCAN = 3;

  static final String DEFAULT_PYTHON = "3.12";

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "The report on standard output: table (default), json, sarif, cyclonedx or markdown.")
  private String format;

  @Option(names = "--output", paramLabel = "FORMAT:FILE",
      description = "Also write a report in FORMAT to FILE, e.g. sarif:deps.sarif; may be given several times.")
  private List<String> outputs = new ArrayList<>();

  @Option(names = "--python-version", paramLabel = "X.Y",
      description = "Evaluate markers for this Python version (default: " + DEFAULT_PYTHON + ").")
  private String pythonVersion;

  @Option(names = "--platform", paramLabel = "PLATFORM",
      description = "Evaluate markers for this sys.platform: linux, win32, darwin (default: the running one).")
  private String platform;

  @Option(names = "--all-environments",
      description = "Treat every marker as true: audit the packages of every platform and Python version.")
  private boolean allEnvironments;

  @Option(names = "--environments",
      description = "Also read the virtual environments and site-packages directories found under the paths.")
  private boolean environments;

  @Option(names = "--offline",
      description = "Never use the network. deps reads only the local database, so this only states it; "
          + "a missing database is an error either way.")
  private boolean offline;

  @Option(names = "--db", paramLabel = "DIR",
      description = "The advisory database directory (default: $BULWARK_DB, else $XDG_CACHE_HOME/bulwark/db, "
          + "else ~/.cache/bulwark/db).")
  private Path db;

  @Option(names = "--max-db-age", paramLabel = "DAYS",
      description = "Fail (exit 2) when the newest advisory in the database is older than DAYS days. Without it, "
          + "a database older than " + DatabaseAge.WARN_DAYS + " days only gives a warning.")
  private Integer maxDbAge;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "any",
      description = "Exit with 1 only for vulnerabilities of this severity or higher: low, medium, high, critical, "
          + "or any (default). A vulnerability of unknown severity counts at every level.")
  private String failOn;

  @Option(names = "--fail-on-fixable-only",
      description = "Exit with 1 only for vulnerabilities that have a fixed version.")
  private boolean fixableOnly;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Read the ignores from FILE (a bulwark.toml, or a pyproject.toml with [tool.bulwark]) "
          + "instead of searching for one.")
  private Path config;

  @Option(names = "--no-config", description = "Use no configuration file (no ignores).")
  private boolean noConfig;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Project directories, manifest or lock files, virtual environments or site-packages directories.")
  private List<Path> paths;

  private final Map<String, String> env;
  private final Clock clock;

  DepsCommand(Map<String, String> env, Clock clock) {
    this.env = env;
    this.clock = clock;
  }

  /** One report to write: the format's writer, and the file (null: standard output). */
  private record Output(String format, DepsReportWriter writer, Path file) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (config != null && noConfig) {
      return usageError(err, "--config and --no-config cannot be used together");
    }
    List<Output> reports = new ArrayList<>();
    Optional<DepsReportWriter> main = DepsFormats.get(format);
    if (main.isEmpty()) {
      return usageError(err, "unknown report format '" + format + "'; expected one of: "
          + String.join(", ", DepsFormats.NAMES));
    }
    reports.add(new Output(format, main.get(), null));
    for (String o : outputs) {
      int colon = o.indexOf(':');
      String name = colon < 0 ? o : o.substring(0, colon);
      Optional<DepsReportWriter> writer = DepsFormats.get(name);
      if (colon <= 0 || colon == o.length() - 1 || writer.isEmpty()) {
        return usageError(err, "--output must be FORMAT:FILE with FORMAT one of " + String.join(", ", DepsFormats.NAMES)
            + ", not '" + o + "'");
      }
      Path file = Path.of(o.substring(colon + 1));
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null && !Files.isDirectory(dir)) {
        return usageError(err, "cannot write " + file + ": no such directory " + dir);
      }
      reports.add(new Output(name, writer.get(), file));
    }
    Severity threshold;
    String level = failOn.toLowerCase(Locale.ROOT);
    if (maxDbAge != null && maxDbAge < 0) {
      return usageError(err, "--max-db-age must be a number of days, 0 or more");
    }
    if (level.equals("any")) {
      threshold = Severity.UNKNOWN;
    } else if (List.of("low", "medium", "high", "critical").contains(level)) {
      threshold = Severity.valueOf(level.toUpperCase(Locale.ROOT));
    } else {
      return usageError(err, "--fail-on must be low, medium, high, critical or any, not '" + failOn + "'");
    }
    MarkerFilter markers;
    String environment;
    if (allEnvironments) {
      if (pythonVersion != null || platform != null) {
        return usageError(err, "--all-environments cannot be used with --python-version or --platform");
      }
      markers = MarkerFilter.ALL_ENVIRONMENTS;
      environment = "all environments (every marker taken as true)";
    } else {
      MarkerEnvironment target;
      String python = pythonVersion != null ? pythonVersion : DEFAULT_PYTHON;
      try {
        target = platform != null ? MarkerEnvironment.of(python, platform) : MarkerEnvironment.current(python);
      } catch (IllegalArgumentException e) {
        return usageError(err, "--python-version: " + e.getMessage());
      }
      markers = MarkerFilter.of(target);
      environment = "Python " + target.value("python_version") + " on " + target.value("sys_platform");
    }
    for (Path p : paths) {
      if (!Files.exists(p)) {
        return usageError(err, p + ": no such file or directory");
      }
    }
    DepsIgnores ignores;
    try {
      ignores = ignores();
    } catch (ConfigException e) {
      return usageError(err, e.getMessage());
    }
    Path dbDir = DbLocation.resolve(db, env);
    if (!AdvisoryStore.exists(dbDir)) {
      return usageError(err, "no advisory database in " + dbDir + "; build one with 'bulwark db update' "
          + "(or 'bulwark db import FILE' offline), or name one with --db");
    }

    // Read every path; the same file reached from two paths counts once.
    Set<Path> files = new LinkedHashSet<>();
    Set<Dependency> dependencies = new LinkedHashSet<>();
    Set<SkippedEntry> skipped = new LinkedHashSet<>();
    Set<ManifestProblem> problems = new LinkedHashSet<>();
    for (Path p : paths) {
      ProjectManifests.Found found = ProjectManifests.find(p, environments);
      files.addAll(found.files());
      ManifestReading r = found.reading();
      dependencies.addAll(r.dependencies());
      skipped.addAll(r.skipped());
      problems.addAll(r.problems());
    }
    if (dependencies.isEmpty() && skipped.isEmpty() && problems.isEmpty()) {
      err.println(spec.qualifiedName() + ": nothing to scan: " + (files.isEmpty() ? "no manifest, lock file or "
          + "installed package found under " : "no package declared in the manifests under ")
          + String.join(", ", paths.stream().map(Path::toString).toList()));
      err.flush();
      return NOTHING_TO_SCAN;
    }

    AuditResult result;
    try {
      AdvisoryStore store = AdvisoryStore.open(dbDir);
      result = Audit.run(List.copyOf(dependencies), store, markers);
    } catch (StoreException e) {
      return usageError(err, "advisory database " + dbDir + ": " + e.getMessage());
    }
    List<String> warnings = new ArrayList<>();
    OptionalLong age = DatabaseAge.days(result.database(), clock.instant());
    if (age.isPresent()) {
      long days = age.getAsLong();
      if (maxDbAge != null && days > maxDbAge) {
        return usageError(err, "the advisory database " + dbDir + " is " + days + " days old (newest advisory "
            + result.database().newestModified() + "), more than --max-db-age " + maxDbAge
            + "; refresh it with 'bulwark db update'");
      }
      String old = maxDbAge == null ? DatabaseAge.warning(result.database(), days) : null;
      if (old != null) {
        warnings.add(old);
      }
    }

    // Ignores: a matching live entry moves the finding aside; an expired one warns.
    LocalDate today = LocalDate.now(clock);
    Set<DepsIgnores.Entry> used = new HashSet<>();
    List<PackageResult> packages = new ArrayList<>();
    List<DepsReport.IgnoredFinding> ignored = new ArrayList<>();
    for (PackageResult p : result.packages()) {
      List<Finding> kept = new ArrayList<>();
      for (Finding f : p.findings()) {
        Optional<DepsIgnores.Entry> entry = ignores.match(p, f, today);
        if (entry.isPresent()) {
          used.add(entry.get());
          ignored.add(new DepsReport.IgnoredFinding(p, f, entry.get().reason()));
          continue;
        }
        ignores.expiredMatch(p, f, today).ifPresent(e -> {
          used.add(e);
          warnings.add(e.where() + ": the ignore entry for " + e.id() + " expired on " + e.expires()
              + "; " + p.dependency().name() + " is reported again");
        });
        kept.add(f);
      }
      packages.add(kept.size() == p.findings().size() ? p
          : new PackageResult(p.dependency(), p.name(), p.status(), p.note(), kept, p.recommended()));
    }
    for (DepsIgnores.Entry e : ignores.entries()) {
      if (!used.contains(e) && !e.expiredOn(today)) {
        warnings.add(e.where() + ": the ignore entry for " + e.id() + " matched no finding");
      }
    }

    DepsReport report = new DepsReport(VersionProvider.version(), clock.instant(), Path.of("").toAbsolutePath(),
        result.database(), environment, List.copyOf(files), packages, ignored, List.copyOf(skipped),
        List.copyOf(problems));
    for (Output o : reports) {
      try {
        if (o.file() == null) {
          o.writer().write(report, out);
          out.flush();
        } else {
          try (Writer w = new OutputStreamWriter(Files.newOutputStream(o.file()), StandardCharsets.UTF_8)) {
            o.writer().write(report, w);
          }
        }
      } catch (IOException e) {
        return usageError(err, "cannot write report " + o.file() + ": " + IoErrors.describe(e));
      }
    }
    for (String w : warnings) {
      err.println(spec.qualifiedName() + ": warning: " + w);
    }
    if (!format.equalsIgnoreCase("table")) {
      // the table ends with this summary; for the other formats standard error gets it
      for (ManifestProblem p : report.problems()) {
        err.println(report.display(p.source()) + ": error: " + p.message());
      }
      DepsReport.Summary s = report.summary();
      err.println(s.audited() + " packages audited, " + s.vulnerabilities() + " vulnerabilities, " + s.potential()
          + " potential, " + s.skipped() + " skipped (" + report.databaseLine() + ")");
    }
    err.flush();

    int code = problems.isEmpty() ? ExitCode.OK : ExitCode.USAGE;
    for (PackageResult p : packages) {
      for (Finding f : p.findings()) {
        if (fails(f, threshold)) {
          code = ExitCode.worst(code, ExitCode.FINDINGS);
        }
      }
    }
    return code;
  }

  /** Whether a finding fails the run: definite, at or above the threshold (unknown counts), fixable if asked. */
  private boolean fails(Finding f, Severity threshold) {
    if (f.potential()) {
      return false;
    }
    if (fixableOnly && f.fixedIn().isEmpty()) {
      return false;
    }
    Severity s = f.severity().severity();
    return s == Severity.UNKNOWN || s.compareTo(threshold) >= 0;
  }

  private DepsIgnores ignores() throws ConfigException {
    if (noConfig) {
      return DepsIgnores.NONE;
    }
    Optional<ConfigFile> file = config != null ? Optional.of(ConfigFile.read(config)) : ConfigFile.discover(paths);
    return file.isPresent() ? DepsIgnores.read(file.get().file()) : DepsIgnores.NONE;
  }

  private int usageError(PrintWriter err, String message) {
    err.println(spec.qualifiedName() + ": error: " + message);
    err.flush();
    return ExitCode.USAGE;
  }
}
