package dev.bulwark.cli;

import dev.bulwark.deps.store.ImportProblem;
import dev.bulwark.deps.store.ImportResult;
import dev.bulwark.deps.store.StoreException;
import dev.bulwark.deps.store.StoreImporter;
import dev.bulwark.deps.store.StoreMeta;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bulwark db import INPUT}: builds the store from a file or directory, for offline and air-gapped use. */
@Command(
    name = "import",
    description = {
      "Build the advisory store from INPUT: a .zip of OSV JSON records (OSV's PyPI/all.zip), a .tar.gz or "
          + "directory of the PyPA advisory database (vulns/**/*.yaml), or a single OSV .json record.",
      "The new store replaces the old one only when it is complete.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every record was imported",
      "1:the store was built, but some records were left out (each is reported)",
      "2:usage error, or INPUT could not be read or holds no valid record (the store is unchanged)",
      "3:internal error in Bulwark (please report it)",
    })
final class DbImportCommand extends DbSubcommand {

  @Parameters(paramLabel = "INPUT", description = "The file or directory to import.")
  private Path input;

  DbImportCommand(Map<String, String> env, Clock clock) {
    super(env, clock);
  }

  @Override
  public Integer call() {
    Path store = store();
    ImportResult result;
    try {
      result = new StoreImporter(clock).importInput(input, store);
    } catch (StoreException e) {
      return error(e.getMessage());
    }
    return report(name(), result, store, out(), err());
  }

  /** Prints each left-out record on standard error and a summary on standard output. */
  static int report(String command, ImportResult result, Path store, PrintWriter out, PrintWriter err) {
    for (ImportProblem p : result.problems()) {
      err.println(command + ": skipped " + p.where() + ": " + p.message());
    }
    err.flush();
    StoreMeta m = result.meta();
    out.println("stored " + m.records() + " advisories (" + m.withdrawn() + " withdrawn) for " + m.packages()
        + " packages in " + store + (m.rejected() > 0 ? "; " + m.rejected() + " left out" : ""));
    out.flush();
    return result.problems().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
  }
}
