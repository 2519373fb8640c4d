package dev.bulwark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@code db import}, {@code db update} and {@code db status} share: {@code --help} and
 * {@code --db DIR}, the environment and clock they run with, their output streams, and one way of
 * reporting an error (a line on standard error, exit code 2).
 */
abstract class DbSubcommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Mixin private DbLocation location;

  protected final Map<String, String> env;
  protected final Clock clock;

  DbSubcommand(Map<String, String> env, Clock clock) {
    this.env = env;
    this.clock = clock;
  }

  /** The command's name as typed, {@code db import} and so on, for messages. */
  final String name() {
    return spec.qualifiedName();
  }

  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  final PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** The store directory: {@code --db}, else the environment's default. */
  final Path store() {
    return location.resolve(env);
  }

  /** Reports {@code message} as this command's error and returns the usage exit code. */
  final int error(String message) {
    PrintWriter err = err();
    err.println(name() + ": error: " + message);
    err.flush();
    return ExitCode.USAGE;
  }
}
