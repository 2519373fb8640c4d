package dev.bulwark.cli;

import dev.bulwark.deps.manifest.ManifestProblem;
import dev.bulwark.deps.manifest.ManifestKind;
import dev.bulwark.report.Finding;
import dev.bulwark.report.baseline.Baseline;
import dev.bulwark.report.baseline.BaselineException;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.engine.RuleEngine;
import dev.bulwark.secrets.Detector;
import dev.bulwark.secrets.FileKinds;
import dev.bulwark.secrets.SecretScanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bulwark scan}: finds Python files, parses them and runs the code rules on them in
 * parallel, and reports in path order every finding and every file that does not parse, after the
 * configuration, suppression comments and baseline have had their say.
 */
@Command(
    name = "scan",
    sortOptions = false,
    description = {
      "Scan Python files and directories.",
      "Directories are searched for .py and .pyi files, skipping directories named:",
      "  .git .venv venv site-packages node_modules .tox build dist __pycache__",
      "unless the directory holds an __init__.py: then it is a package (like the standard library's venv).",
      "Files without an extension count when their first line is a Python shebang. What .gitignore files "
          + "(and .git/info/exclude) ignore is skipped; symbolic links to directories are not followed.",
      "Configuration and script files (.env, .ini, .cfg, .toml, .yaml, .json, Dockerfile, .sh, .ipynb, ...) "
          + "are read for secrets only (see 'bulwark secrets').",
      "Prints one line per problem (path:line:column: message) on standard output, sorted by path, "
          + "and a summary on standard error.",
      "",
      "Configuration: [tool.bulwark] in pyproject.toml, or bulwark.toml, found by",
      "walking up from the scanned paths. Keys: select, ignore, severity, confidence,",
      "per-path-ignores, exclude, fail-on, preview, allow-secrets, taint-models; the options below",
      "replace them.",
      "",
      "Suppression comments:",
      "  # bulwark: ignore[BW602, ...] -- reason   this line, or the next one when",
      "                                            alone on its line; without [...]",
      "                                            every rule",
      "  # bulwark: ignore-file[BW101]             the whole file (before any code)",
      "  # nosec B602   # noqa: S602               this line (Bandit's, Ruff's codes)",
      "A comment on the first line of a statement covers the whole statement.",
      "",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing at or above --fail-on (or --exit-zero), and every file was read and parsed",
      "1:a finding at or above --fail-on, a file has a syntax error, or a file could not be read",
      "2:usage or configuration error (bad option, configuration or baseline), or a PATH that does not exist",
      "3:internal error in Bulwark (please report it)",
    })
class ScanCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Option(names = "--select", paramLabel = "CODES", split = ",",
      description = "Run only these rules: ids (BW602), names, Bandit or Ruff codes (B602, S602), or CWE-n. "
          + "Replaces 'select' of the configuration.")
  private List<String> select;

  @Option(names = "--ignore", paramLabel = "CODES", split = ",",
      description = "Do not run these rules (same codes as --select). Replaces 'ignore' of the configuration.")
  private List<String> ignore;

  @Option(names = "--severity", paramLabel = "LEVEL",
      description = "Report only findings of this severity or higher: low, medium, high, critical.")
  private String severity;

  @Option(names = "--confidence", paramLabel = "LEVEL",
      description = "Report only findings of this confidence or higher: low, medium, high.")
  private String confidence;

  @Option(names = "--preview", description = "Also run the rules still in preview (e.g. the import checks).")
  private boolean preview;

  @Option(names = "--taint-model", paramLabel = "FILE",
      description = "Also read this taint model file (sources, sinks, sanitizers of your own code, see docs/taint.md); "
          + "may be given several times. Adds to 'taint-models' of the configuration.")
  private List<Path> taintModels = new ArrayList<>();

  @Option(names = "--taint-local-sources",
      description = "Also follow data of the local user (command line, environment, console) into sinks, reported "
          + "at low severity; off by default. Sets 'taint-local-sources' of the configuration.")
  private boolean taintLocalSources;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Read the configuration from FILE (a bulwark.toml, or a pyproject.toml with [tool.bulwark]) "
          + "instead of searching for one.")
  private Path config;

  @Option(names = "--no-config", description = "Use no configuration file, only the defaults and the options.")
  private boolean noConfig;

  @Option(names = "--no-suppressions",
      description = "Report findings even where a comment (# bulwark: ignore, # nosec, # noqa) suppresses them.")
  private boolean noSuppressions;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Report only findings that are not in this baseline (written by --write-baseline).")
  private Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Write the findings to FILE as a baseline instead of printing them; findings do not "
          + "fail the scan.")
  private Path writeBaseline;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit with 1 only for findings of this severity or higher (default: low).")
  private String failOn;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "The report on standard output: text (default: findings grouped by file, with their code), "
          + "concise (one line per problem), json, sarif, html, junit or csv.")
  private String format;

  @Option(names = "--output", paramLabel = "FORMAT:FILE",
      description = "Also write a report in FORMAT to FILE, e.g. sarif:bulwark.sarif or html:report.html; "
          + "may be given several times.")
  private List<String> outputs = new ArrayList<>();

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour in the text report: auto (when standard output is a terminal and NO_COLOR is not set), "
          + "always or never.")
  private String color;

  @Option(names = "--exit-zero",
      description = "Exit with 0 even when there are findings, syntax errors or unreadable files.")
  private boolean exitZero;

  @Option(names = "--no-deps",
      description = "Do not audit the dependencies that manifests and lock files under the PATHs declare.")
  private boolean noDeps;

  @Option(names = "--db", paramLabel = "DIR",
      description = "The advisory database for the dependency audit (default: as for 'bulwark deps': "
          + "BULWARK_DB, else the user cache directory).")
  private Path db;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to scan.")
  private List<Path> paths;

  private final ParserFunction parser;

  ScanCommand(ParserFunction parser) {
    this.parser = parser;
  }

  /** Whether only the secret detectors and the Python secret rules run ({@code bulwark secrets}). */
  boolean secretsOnly() {
    return false;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (config != null && noConfig) {
      throw new ParameterException(spec.commandLine(), "--config and --no-config cannot be used together");
    }
    if (baseline != null && writeBaseline != null) {
      throw new ParameterException(spec.commandLine(), "--baseline and --write-baseline cannot be used together");
    }
    Reports reports;
    try {
      reports = Reports.of(format, outputs, color, Terminal.detect(), System.getenv());
    } catch (IllegalArgumentException e) {
      return usageError(err, e.getMessage());
    }
    ScanSettings settings;
    Baseline accepted = null;
    List<String> allowSecrets = List.of();
    try {
      ConfigFile file = noConfig ? null
          : config != null ? ConfigFile.read(config) : ConfigFile.discover(paths).orElse(null);
      List<Rule> allRules = new ArrayList<>(BuiltinRules.all());
      allRules.addAll(SecretRule.all());
      allRules.addAll(DependencyRule.all());
      settings = ScanSettings.resolve(allRules, file,
          new ScanSettings.Overrides(select, ignore, severity, confidence, failOn, preview, taintModels,
              taintLocalSources));
      if (secretsOnly()) {
        settings = settings.restrictTo(SecretRule::findsSecrets);
      }
      if (file != null && file.allowSecrets() != null) {
        allowSecrets = file.allowSecrets();
      }
      if (baseline != null) {
        accepted = Baseline.read(baseline);
      }
      if (writeBaseline != null) {
        Path dir = writeBaseline.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
          throw new ConfigException("cannot write baseline " + writeBaseline + ": no such directory " + dir);
        }
      }
    } catch (ConfigException | BaselineException e) {
      return usageError(err, e.getMessage());
    }
    Path baselineFile = baseline != null ? baseline : writeBaseline;
    Path baselineDir = baselineFile == null ? null : baselineFile.toAbsolutePath().normalize().getParent();

    List<Rule> codeRules = new ArrayList<>();
    List<Detector> detectors = new ArrayList<>();
    boolean auditDependencies = false;
    for (Rule r : settings.rules()) {
      if (r instanceof SecretRule s) {
        detectors.add(s.detector());
      } else if (r instanceof DependencyRule) {
        auditDependencies = !noDeps;
      } else {
        codeRules.add(r);
      }
    }
    SecretScanner secrets = detectors.isEmpty() ? null : new SecretScanner(detectors);
    Redactions redactions = new Redactions();
    SourceFiles.Found found = SourceFiles.find(paths, SourceFiles.PYTHON_EXTENSIONS, settings::excluded,
        settings::excludedWithDirectories, secrets == null ? name -> false : FileKinds::isCandidate,
        // scan parses any file it is given, as before; secrets reads a named file of any other kind as text
        secrets == null ? name -> false : secretsOnly() ? name -> true : FileKinds::isCandidate,
        // the dependency audit reads the manifests this walk meets, with the same excludes
        auditDependencies ? file -> ManifestKind.of(file).isPresent() : file -> false);
    ScanSummary summary = new ScanSummary();
    List<Baseline.Entry> entries = new ArrayList<>();

    // Workers hand back only diagnostics, so no syntax tree waits in memory for its turn.
    // taint rules follow calls across modules: summarise the project's Python functions first
    RuleEngine engine = new RuleEngine(codeRules, ProjectTaint.summarize(
        found.files().stream().filter(SourceFile::python).toList(), parser, codeRules, settings.taintModels()),
        settings.taintModels());
    FileChecker checker = new FileChecker(engine, settings, !noSuppressions, accepted,
        baselineDir, writeBaseline != null, reports.needsFingerprints(), secrets, Set.copyOf(allowSecrets),
        redactions);
    List<Diagnostic> problems = new ArrayList<>(found.problems());
    List<SourceFile> reported = new ArrayList<>(found.files());
    if (auditDependencies) {
      ScanDependencies.Outcome deps = ScanDependencies.audit(found.manifests(), DbLocation.resolve(db, System.getenv()),
          Clock.systemUTC());
      deps.notes().forEach(n -> err.println(spec.qualifiedName() + ": note: " + n));
      for (ManifestProblem m : deps.problems()) {
        problems.add(Diagnostic.warning(m.source().file().toString(), m.source().line(), 0,
            "dependencies not audited: " + m.message()));
      }
      Set<String> known = new HashSet<>();
      found.files().forEach(f -> known.add(f.display()));
      deps.findings().forEach((manifest, findings) -> {
        SourceFile file = new SourceFile(manifest.toString(), manifest, false);
        FileChecker.Checked checked = checkDependencies(file, findings, checker, err);
        problems.addAll(checked.diagnostics());
        summary.suppressed(checked.suppressed());
        summary.baselined(checked.baselined());
        entries.addAll(checked.entries());
        if (known.add(file.display())) { // a manifest read only for its dependencies
          reported.add(file);
          summary.fileSeen();
        }
      });
      Collections.sort(problems);
    }
    MergingPrinter printer = new MergingPrinter(reports.concise() ? out : err, summary, problems,
        writeBaseline == null && reports.concise(), reports);
    Function<SourceFile, Scanned> scan = file -> {
      if (!file.python()) {
        return scanText(file, checker, err);
      }
      FileParse parse = FileParse.of(file, parser, err);
      FileChecker.Checked checked;
      try {
        checked = checker.check(file, parse.result());
      } catch (Throwable t) { // a rule bug must stay confined to this file
        InternalErrors.traceIfDebugging(t, err);
        checked = new FileChecker.Checked(List.of(Diagnostic.internal(file.display(), t)), 0, 0, List.of());
      }
      return new Scanned(file, parse.diagnostic(), checked);
    };
    try (Progress progress = Progress.onStderr(err, found.files().size(), Terminal.detect())) {
      Workers.mapInOrder(found.files(), scan, scanned -> {
        progress.step();
        summary.fileSeen();
        printer.printBefore(scanned.file().display());
        if (scanned.diagnostic() != null) {
          printer.print(scanned.diagnostic());
        }
        scanned.checked().diagnostics().forEach(printer::print);
        summary.suppressed(scanned.checked().suppressed());
        summary.baselined(scanned.checked().baselined());
        entries.addAll(scanned.checked().entries());
      });
    }
    printer.printRest();
    out.flush();
    if (writeBaseline == null) {
      try {
        reports.write(paths, reported, settings.rules(), redactions, out);
      } catch (IOException e) {
        err.println(summary.line());
        return usageError(err, "cannot write report: " + IoErrors.describe(e));
      }
    }
    err.println(summary.line());
    if (writeBaseline != null) {
      try {
        Baseline.write(writeBaseline, entries);
      } catch (IOException e) {
        return usageError(err, "cannot write baseline " + writeBaseline + ": " + IoErrors.describe(e));
      }
      err.println("wrote " + entries.size() + (entries.size() == 1 ? " finding" : " findings")
          + " to the baseline " + writeBaseline);
    }
    err.flush();
    return summary.exitCode(exitZero);
  }

  /**
   * Text files larger than this are data (fixtures, dumps, lock files), not configuration; they are
   * passed over rather than read whole into memory.
   */
  static final long MAX_TEXT_FILE = 8L << 20;

  /**
   * A file read for secrets only: binary and very large files are passed over, a read failure is its
   * one diagnostic.
   */
  private static Scanned scanText(SourceFile file, FileChecker checker, PrintWriter err) {
    byte[] bytes;
    try {
      if (Files.size(file.path()) > MAX_TEXT_FILE) {
        return new Scanned(file, null, FileChecker.Checked.NOTHING);
      }
      bytes = Files.readAllBytes(file.path());
    } catch (IOException e) {
      return new Scanned(file, Diagnostic.unreadable(file.display(), e), FileChecker.Checked.NOTHING);
    } catch (OutOfMemoryError e) {
      return new Scanned(file, Diagnostic.unreadable(file.display(), "file too large to read"),
          FileChecker.Checked.NOTHING);
    }
    if (TextFiles.isBinary(bytes)) {
      return new Scanned(file, null, FileChecker.Checked.NOTHING);
    }
    try {
      return new Scanned(file, null, checker.checkText(file, TextFiles.decode(bytes)));
    } catch (Throwable t) { // a detector bug must stay confined to this file
      InternalErrors.traceIfDebugging(t, err);
      return new Scanned(file, null,
          new FileChecker.Checked(List.of(Diagnostic.internal(file.display(), t)), 0, 0, List.of()));
    }
  }

  /** The dependency findings of one manifest, through suppressions and the baseline; a read failure is noted. */
  private static FileChecker.Checked checkDependencies(SourceFile file, List<Finding> findings, FileChecker checker,
      PrintWriter err) {
    String text;
    try {
      text = TextFiles.decode(Files.readAllBytes(file.path()));
    } catch (IOException e) {
      return new FileChecker.Checked(List.of(Diagnostic.unreadable(file.display(), e)), 0, 0, List.of());
    }
    return checker.checkFound(file, text, findings);
  }

  private int usageError(PrintWriter err, String message) {
    err.println(spec.qualifiedName() + ": error: " + message);
    err.flush();
    return ExitCode.USAGE;
  }

  /** One scanned file and what it gave, if anything worth printing. */
  private record Scanned(SourceFile file, Diagnostic diagnostic, FileChecker.Checked checked) {}

  /**
   * Merges the discovery problems (already sorted) into the stream of per-file results (also
   * sorted), so the whole output stays in path order while results still print as they arrive.
   */
  private static final class MergingPrinter {
    private final PrintWriter lines;
    private final ScanSummary summary;
    private final Deque<Diagnostic> waiting;
    private final boolean printFindings;
    private final Reports reports;

    /**
     * @param lines where problems print as lines: standard output for the concise format, else standard
     *     error (for warnings only; the report holds the rest)
     */
    MergingPrinter(PrintWriter lines, ScanSummary summary, List<Diagnostic> sortedProblems, boolean printFindings,
        Reports reports) {
      this.lines = lines;
      this.summary = summary;
      this.waiting = new ArrayDeque<>(sortedProblems);
      this.printFindings = printFindings;
      this.reports = reports;
    }

    void printBefore(String path) {
      while (!waiting.isEmpty() && waiting.peekFirst().path().compareTo(path) < 0) {
        print(waiting.removeFirst());
      }
    }

    void printRest() {
      while (!waiting.isEmpty()) {
        print(waiting.removeFirst());
      }
    }

    void print(Diagnostic diagnostic) {
      summary.add(diagnostic);
      reports.add(diagnostic);
      boolean finding = diagnostic.problem() == Problem.FINDING || diagnostic.problem() == Problem.FINDING_NOT_FAILING;
      if (reports.concise() ? printFindings || !finding : diagnostic.problem() == Problem.WARNING) {
        lines.println(diagnostic.text());
      }
    }
  }
}
