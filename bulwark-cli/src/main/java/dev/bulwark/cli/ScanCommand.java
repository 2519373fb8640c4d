package dev.bulwark.cli;

import dev.bulwark.report.baseline.Baseline;
import dev.bulwark.report.baseline.BaselineException;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.engine.RuleEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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
      "Prints one line per problem (path:line:column: message) on standard output, sorted by path, "
          + "and a summary on standard error.",
      "",
      "Configuration: [tool.bulwark] in pyproject.toml, or bulwark.toml, found by",
      "walking up from the scanned paths. Keys: select, ignore, severity, confidence,",
      "per-path-ignores, exclude, fail-on, preview, taint-models; the options below replace them.",
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
final class ScanCommand implements Callable<Integer> {

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

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to scan.")
  private List<Path> paths;

  private final ParserFunction parser;

  ScanCommand(ParserFunction parser) {
    this.parser = parser;
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
    try {
      ConfigFile file = noConfig ? null
          : config != null ? ConfigFile.read(config) : ConfigFile.discover(paths).orElse(null);
      settings = ScanSettings.resolve(BuiltinRules.all(), file,
          new ScanSettings.Overrides(select, ignore, severity, confidence, failOn, preview, taintModels));
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

    SourceFiles.Found found = SourceFiles.find(paths, SourceFiles.PYTHON_EXTENSIONS, settings::excluded,
        settings::excludedWithDirectories);
    ScanSummary summary = new ScanSummary();
    MergingPrinter printer = new MergingPrinter(reports.concise() ? out : err, summary, found.problems(),
        writeBaseline == null && reports.concise(), reports);
    List<Baseline.Entry> entries = new ArrayList<>();

    // Workers hand back only diagnostics, so no syntax tree waits in memory for its turn.
    // taint rules follow calls across modules: summarise the project's functions first
    RuleEngine engine = new RuleEngine(settings.rules(),
        ProjectTaint.summarize(found.files(), parser, settings.rules(), settings.taintModels()),
        settings.taintModels());
    FileChecker checker = new FileChecker(engine, settings, !noSuppressions, accepted,
        baselineDir, writeBaseline != null, reports.needsFingerprints());
    Function<SourceFile, Scanned> scan = file -> {
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
        reports.write(paths, found.files(), settings.rules(), out);
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
