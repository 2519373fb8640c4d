package dev.bulwark.cli;

import dev.bulwark.deps.store.StoreException;
import dev.bulwark.deps.store.StoreUpdater;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bulwark db update}: brings the store up to date from OSV's PyPI export. */
@Command(
    name = "update",
    description = {
      "Download OSV's PyPI advisories (PyPI/all.zip) into the advisory store. When the store came from an "
          + "earlier update, only the records changed since (PyPI/modified_id.csv) are fetched.",
      "The download is verified and the new store replaces the old one only when it is complete; "
          + "on any failure the old store stays as it was.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the store is up to date",
      "1:the store was updated, but some records were left out (each is reported)",
      "2:usage error, --offline, or a network or server failure (the store is unchanged)",
      "3:internal error in Bulwark (please report it)",
    })
final class DbUpdateCommand extends DbSubcommand {

  @Option(names = "--offline", description = "Never touch the network (then this command can only fail).")
  private boolean offline;

  @Option(names = "--full", description = "Download the whole export even when an incremental update is possible.")
  private boolean full;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Where the OSV export lives (default: $" + StoreUpdater.BASE_URL_VARIABLE + ", else "
          + StoreUpdater.DEFAULT_BASE_URL + ").")
  private String baseUrl;

  DbUpdateCommand(Map<String, String> env, Clock clock) {
    super(env, clock);
  }

  @Override
  public Integer call() {
    PrintWriter out = out();
    PrintWriter err = err();
    if (offline) {
      return error("--offline forbids the network, which 'db update' needs; "
          + "load a downloaded file with 'bulwark db import FILE' instead");
    }
    String base = baseUrl != null ? baseUrl : env.getOrDefault(StoreUpdater.BASE_URL_VARIABLE, StoreUpdater.DEFAULT_BASE_URL);
    URI uri;
    try {
      uri = new URI(base);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
        return error("the base URL must be an http or https URL, not '" + base + "'");
      }
    } catch (URISyntaxException e) {
      return error("not a URL: '" + base + "'");
    }
    Path store = store();
    StoreUpdater.UpdateResult result;
    try (DownloadProgress progress = new DownloadProgress(err, "downloading PyPI/all.zip",
        Terminal.detect().stderrIsTty(), System::nanoTime)) {
      result = new StoreUpdater(StoreUpdater.defaultClient(), uri, clock).update(store, full, progress);
    } catch (StoreException e) {
      return error(e.getMessage());
    }
    switch (result.mode()) {
      case UP_TO_DATE:
        out.println("the advisory store " + store + " is up to date (newest advisory modified "
            + result.imported().meta().newestModified() + ")");
        out.flush();
        return ExitCode.OK;
      case INCREMENTAL:
        out.println("fetched " + result.fetched() + " changed advisories");
        break;
      default:
        out.println("downloaded " + result.fetched() + " advisories");
        break;
    }
    return DbImportCommand.report(name(), result.imported(), store, out, err);
  }
}
