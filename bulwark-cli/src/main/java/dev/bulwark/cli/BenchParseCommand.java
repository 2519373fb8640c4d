package dev.bulwark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bulwark bench parse}: parser throughput on a corpus held in memory, first on one thread
 * (to compare with CPython, which parses on one) and then on all cores (what a scan gets).
 */
@Command(
    name = "parse",
    description = {
      "Measure parser throughput: read every .py file below DIR into memory once, then parse them "
          + "all WARMUP times untimed and ITERATIONS times timed, on one thread and on all cores.",
      "Compare with CPython: tools/bench/parse-vs-cpython.sh."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:measured",
      "2:usage error, or a DIR that does not exist",
      "3:the parser failed on some file (internal error); rates are then not meaningful",
    })
final class BenchParseCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Parameters(arity = "1..*", paramLabel = "DIR",
      description = "Directories (or files) making up the corpus.")
  private List<Path> dirs;

  @Option(names = "--iterations", paramLabel = "N", defaultValue = "5",
      description = "Timed passes (default: ${DEFAULT-VALUE}).")
  private int iterations;

  // Measured on the CPython standard library: after 3 passes the JIT had not finished compiling
  // the parser's big methods (the rate still doubled later); after 10 the rate was steady.
  @Option(names = "--warmup", paramLabel = "N", defaultValue = "10",
      description = "Untimed passes first, for the JIT (default: ${DEFAULT-VALUE}).")
  private int warmup;

  private final ParserFunction parser;

  BenchParseCommand(ParserFunction parser) {
    this.parser = parser;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (iterations < 1 || warmup < 0) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--iterations must be at least 1 and --warmup at least 0");
    }
    SourceFiles.Found found = SourceFiles.find(dirs, List.of(".py"));
    List<Diagnostic> problems = new ArrayList<>(found.problems());
    Corpus corpus = Corpus.load(found.files(), problems);
    for (Diagnostic problem : problems) {
      err.println(problem.text());
      if (problem.problem() == Problem.NOT_FOUND) {
        return ExitCode.USAGE;
      }
    }
    if (corpus.sources().isEmpty()) {
      err.println("bulwark bench parse: no .py files found");
      return ExitCode.USAGE;
    }
    out.printf(Locale.ROOT, "corpus: %d files, %.2f MB, %d lines%n",
        corpus.sources().size(), corpus.megabytes(), corpus.lines());
    out.printf(Locale.ROOT, "passes: %d warmup + %d timed per mode%n", warmup, iterations);
    out.flush();

    int exitCode = ExitCode.OK;
    int cores = Workers.cores();
    exitCode = ExitCode.worst(exitCode, measure("single-thread", corpus, 1, out, err));
    exitCode = ExitCode.worst(exitCode, measure(cores + "-threads", corpus, cores, out, err));
    return exitCode;
  }

  private int measure(String mode, Corpus corpus, int threads, PrintWriter out, PrintWriter err)
      throws InterruptedException {
    ExecutorService pool = Workers.pool(threads);
    try {
      ParseRun run = new ParseRun(corpus, parser, pool, threads);
      ParseRun.Outcome last = null;
      for (int i = 0; i < warmup; i++) {
        last = run.once();
      }
      long nanos = 0;
      for (int i = 0; i < iterations; i++) {
        last = run.once();
        nanos += last.nanos();
      }
      double seconds = nanos / 1e9 / iterations;
      // tools/bench/parse-vs-cpython.sh reads these lines: keep "bulwark MODE: N MB/s".
      out.printf(Locale.ROOT,
          "bulwark %s: %.2f MB/s, %.0f lines/s (mean of %d passes: %.3f s; %d files with syntax errors)%n",
          mode, corpus.megabytes() / seconds, corpus.lines() / seconds, iterations, seconds,
          last.syntaxErrors());
      out.flush();
      if (last.failures() > 0) {
        err.printf("bulwark bench parse: the parser failed on %d files, e.g. %s%n",
            last.failures(), last.firstFailure());
        return ExitCode.INTERNAL;
      }
      return ExitCode.OK;
    } finally {
      pool.shutdownNow();
    }
  }
}
