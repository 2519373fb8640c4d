package dev.bulwark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.engine.RuleEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bulwark scan}: finds Python files, parses them and runs the code rules on them in
 * parallel, and reports in path order every finding and every file that does not parse.
 */
@Command(
    name = "scan",
    description = {
      "Scan Python files and directories.",
      "Directories are searched for .py and .pyi files, skipping directories named:",
      "  .git .venv venv site-packages node_modules .tox build dist __pycache__",
      "unless the directory holds an __init__.py: then it is a package (like the standard library's venv).",
      "Files without an extension count when their first line is a Python shebang. What .gitignore files "
          + "(and .git/info/exclude) ignore is skipped; symbolic links to directories are not followed.",
      "Prints one line per problem (path:line:column: message) on standard output, sorted by path, "
          + "and a summary on standard error."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no findings: every file was read and parsed",
      "1:a rule found something, a file has a syntax error, or a file could not be read",
      "2:usage error, or a PATH that does not exist",
      "3:internal error in Bulwark (please report it)",
    })
final class ScanCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Option(names = "--preview", description = "Also run the rules still in preview (e.g. the import checks).")
  private boolean preview;

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
    SourceFiles.Found found = SourceFiles.find(paths, SourceFiles.PYTHON_EXTENSIONS);
    ScanSummary summary = new ScanSummary();
    MergingPrinter printer = new MergingPrinter(out, summary, found.problems());

    // Workers hand back only diagnostics, so no syntax tree waits in memory for its turn.
    RuleEngine engine = new RuleEngine(preview ? BuiltinRules.all() : BuiltinRules.stable());
    Function<SourceFile, Scanned> scan = file -> {
      FileParse parse = FileParse.of(file, parser, err);
      List<Diagnostic> findings;
      try {
        findings = parse.findings(engine);
      } catch (Throwable t) { // a rule bug must stay confined to this file
        InternalErrors.traceIfDebugging(t, err);
        findings = List.of(Diagnostic.internal(file.display(), t));
      }
      return new Scanned(file, parse.diagnostic(), findings);
    };
    try (Progress progress = Progress.onStderr(err, found.files().size(), Terminal.detect())) {
      Workers.mapInOrder(found.files(), scan, scanned -> {
        progress.step();
        summary.fileSeen();
        printer.printBefore(scanned.file().display());
        if (scanned.diagnostic() != null) {
          printer.print(scanned.diagnostic());
        }
        scanned.findings().forEach(printer::print);
      });
    }
    printer.printRest();
    out.flush();
    err.println(summary.line());
    err.flush();
    return summary.exitCode();
  }

  /** One scanned file and what it gave, if anything worth printing. */
  private record Scanned(SourceFile file, Diagnostic diagnostic, List<Diagnostic> findings) {}

  /**
   * Merges the discovery problems (already sorted) into the stream of per-file results (also
   * sorted), so the whole output stays in path order while results still print as they arrive.
   */
  private static final class MergingPrinter {
    private final PrintWriter out;
    private final ScanSummary summary;
    private final Deque<Diagnostic> waiting;

    MergingPrinter(PrintWriter out, ScanSummary summary, List<Diagnostic> sortedProblems) {
      this.out = out;
      this.summary = summary;
      this.waiting = new ArrayDeque<>(sortedProblems);
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
      out.println(diagnostic.text());
    }
  }
}
