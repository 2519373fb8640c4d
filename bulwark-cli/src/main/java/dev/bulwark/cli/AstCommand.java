package dev.bulwark.cli;

import dev.bulwark.python.SyntaxError;
import dev.bulwark.python.ast.AstDump;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bulwark ast}: prints the tree of each file exactly as CPython's
 * {@code ast.dump(tree, include_attributes=True)} would, so the two can be compared with diff.
 */
@Command(
    name = "ast",
    description = {
      "Print the syntax tree of Python files, in the exact text of CPython 3.13's "
          + "ast.dump(tree, include_attributes=True).",
      "With several files, each dump is preceded by a line '# PATH'. "
          + "Syntax errors are printed on standard error in CPython's format."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file was parsed and printed",
      "1:a file has a syntax error or could not be read",
      "2:usage error, or a FILE that does not exist or is a directory",
      "3:internal error in Bulwark (please report it)",
    })
final class AstCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Python source files.")
  private List<Path> files;

  private final ParserFunction parser;

  AstCommand(ParserFunction parser) {
    this.parser = parser;
  }

  /** What one file gave: a dump, or the text to print on standard error and its exit status. */
  private record Printed(String path, String dump, String error, int exitCode) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean several = files.size() > 1;
    AtomicInteger exitCode = new AtomicInteger(ExitCode.OK);
    List<Path> readable = new ArrayList<>();
    for (Path file : files) {
      if (!Files.exists(file) || Files.isDirectory(file)) {
        String why = Files.isDirectory(file) ? "is a directory" : "no such file or directory";
        err.println("bulwark ast: " + file + ": " + why);
        exitCode.accumulateAndGet(ExitCode.USAGE, ExitCode::worst);
      } else {
        readable.add(file);
      }
    }
    // Parsing and dumping both recurse as deep as the tree, so both run on the big-stack workers.
    Workers.mapInOrder(readable, file -> print(file, err), printed -> {
      if (printed.dump() != null) {
        if (several) {
          out.println("# " + printed.path());
        }
        out.println(printed.dump());
      } else {
        out.flush();
        err.print(printed.error());
        err.flush();
      }
      exitCode.accumulateAndGet(printed.exitCode(), ExitCode::worst);
    });
    out.flush();
    return exitCode.get();
  }

  private Printed print(Path file, PrintWriter err) {
    String path = file.toString();
    FileParse parse = FileParse.of(new SourceFile(path, file), parser, err);
    if (parse.problem() != null) {
      Diagnostic problem = parse.problem();
      return new Printed(path, null, problem.text() + "\n", problem.problem().exitCode);
    }
    if (parse.result().error().isPresent()) {
      return new Printed(path, null, cpythonStyle(path, parse.result().error().get()), ExitCode.FINDINGS);
    }
    try {
      return new Printed(path, AstDump.dump(parse.result().module()), null, ExitCode.OK);
    } catch (Throwable t) { // a printer bug of any kind must stay confined to this file
      InternalErrors.traceIfDebugging(t, err);
      return new Printed(path, null, Diagnostic.internal(path, t).text() + "\n", ExitCode.INTERNAL);
    }
  }

  /** The last lines of CPython's traceback for a syntax error, without the source excerpt. */
  static String cpythonStyle(String path, SyntaxError error) {
    return "  File \"" + path + "\", line " + error.line() + "\n"
        + error.kind() + ": " + error.message() + "\n";
  }
}
