package dev.bulwark.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bulwark sandbox}: the group of sandbox commands (only {@code run} for now). */
@Command(name = "sandbox", description = "Run untrusted Python confined (see 'sandbox run --help').")
final class SandboxCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  /** The command with its subcommands; everything after the script belongs to the script. */
  static CommandLine commandLine() {
    CommandLine run = new CommandLine(new SandboxRunCommand());
    run.setStopAtPositional(true);
    return new CommandLine(new SandboxCommand()).addSubcommand("run", run);
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command (run)");
  }
}
