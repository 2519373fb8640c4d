package dev.bulwark.cli;

import dev.bulwark.rules.BuiltinRules;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code bulwark} command: wires the subcommands and turns every outcome into an exit status. */
@Command(
    name = "bulwark",
    description = "Bulwark: a security toolkit for Python software.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no findings (at or above scan --fail-on); every file was read and parsed",
      "1:findings, syntax errors, or files that could not be read",
      "2:usage error (unknown option, missing argument, path that does not exist, bad configuration or baseline)",
      "3:internal error in Bulwark (please report it)",
    })
public final class Main implements Callable<Integer> {

  @Spec private CommandSpec spec;

  private Main() {}

  public static void main(String[] args) {
    // Always UTF-8: dumps hold non-ASCII text exactly as CPython prints it, whatever the locale.
    PrintWriter out = new PrintWriter(new BufferedWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    if (args.length > 0 && args[0].equals("scan")) {
      preloadRules();
    }
    int code;
    try {
      code = run(args, out, err, ParserFunction.PYTHON);
    } catch (Throwable t) { // last line of defence: a message and status 3, never a stack trace
      InternalErrors.traceIfDebugging(t, err);
      out.flush();
      err.println("bulwark: internal error: " + InternalErrors.describe(t));
      code = ExitCode.INTERNAL;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Loads the rule classes and the signature table they check on a second core while picocli reads
   * the command line on the first: both take about a tenth of a second of a cold JVM, and a scan needs
   * both. A failure here is left for the scan itself to meet and report.
   */
  private static void preloadRules() {
    Thread loader = new Thread(() -> {
      try {
        BuiltinRules.all();
      } catch (Throwable ignored) { // the scan reports it when it loads the rules itself
      }
    }, "bulwark-preload");
    loader.setDaemon(true);
    loader.start();
  }

  /** Runs one command line and returns its exit status; the seam tests call. */
  static int run(String[] args, PrintWriter out, PrintWriter err, ParserFunction parser) {
    return commandLine(out, err, parser).execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err, ParserFunction parser) {
    CommandLine bench = new CommandLine(new BenchCommand())
        .addSubcommand("parse", new BenchParseCommand(parser));
    CommandLine cmd = new CommandLine(new Main())
        .addSubcommand("scan", new ScanCommand(parser))
        .addSubcommand("secrets", new SecretsCommand(parser))
        .addSubcommand("ast", new AstCommand(parser))
        .addSubcommand("bench", bench)
        .addSubcommand("rules", new CommandLine(new RulesCommand()).addSubcommand("explain", new RulesExplainCommand()))
        .addSubcommand("deps", new DepsCommand(System.getenv(), Clock.systemUTC()))
        .addSubcommand("db", dbCommands(System.getenv(), Clock.systemUTC()))
        .addSubcommand("sandbox", SandboxCommand.commandLine())
        .addSubcommand("help", new CommandLine.HelpCommand());
    CliErrors errors = new CliErrors();
    // Set last: these setters reach only the subcommands already added.
    cmd.setOut(out)
        .setErr(err)
        .setParameterExceptionHandler(errors)
        .setExecutionExceptionHandler(errors);
    return cmd;
  }

  static CommandLine dbCommands(Map<String, String> env, Clock clock) {
    return new CommandLine(new DbCommand())
        .addSubcommand("import", new DbImportCommand(env, clock))
        .addSubcommand("update", new DbUpdateCommand(env, clock))
        .addSubcommand("status", new DbStatusCommand(env, clock));
  }

  /** Without a command there is nothing to do; say so as any other usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command (scan, deps, ast, bench or help)");
  }
}
