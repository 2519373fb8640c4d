package dev.bulwark.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bulwark db}: groups the commands that build and inspect the local advisory store. */
@Command(
    name = "db",
    description = {
      "Manage the local advisory store that 'bulwark deps' matches against.",
      "The store is --db DIR, else $BULWARK_DB, else $XDG_CACHE_HOME/bulwark/db, else ~/.cache/bulwark/db.",
    },
    synopsisSubcommandLabel = "COMMAND")
final class DbCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command (import, update or status)");
  }
}
