package dev.bulwark.cli;

import dev.bulwark.deps.store.AdvisoryStore;
import dev.bulwark.deps.store.StoreException;
import dev.bulwark.deps.store.StoreMeta;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code bulwark db status}: where the store's data came from, when, and how much of it there is. */
@Command(
    name = "status",
    description = "Show the advisory store's source, dates, counts and age.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the store exists and was described",
      "2:usage error, or there is no (readable) store",
    })
final class DbStatusCommand extends DbSubcommand {

  DbStatusCommand(Map<String, String> env, Clock clock) {
    super(env, clock);
  }

  @Override
  public Integer call() {
    PrintWriter out = out();
    Path dir = store();
    StoreMeta m;
    try {
      m = AdvisoryStore.open(dir).meta();
    } catch (StoreException e) {
      return error(e.getMessage());
    }
    out.println("store:       " + dir);
    out.println("source:      " + m.source() + " (" + m.sourceKind() + ")");
    out.println("sha256:      " + m.sha256());
    out.println("imported:    " + m.importedAt() + age(m.importedAt(), " ago"));
    if (m.fetchedAt() != null) {
      out.println("fetched:     " + m.fetchedAt() + age(m.fetchedAt(), " ago"));
    }
    out.println("advisories:  " + m.records() + " (" + m.withdrawn() + " withdrawn), " + m.packages() + " packages"
        + (m.rejected() > 0 ? ", " + m.rejected() + " input entries left out" : ""));
    out.println("newest:      " + m.newestModified() + age(m.newestModified(), " old")
        + "  (the newest 'modified' time of any advisory)");
    out.flush();
    return ExitCode.OK;
  }

  /** " (N days ago)" for an RFC 3339 time, or nothing when the time does not parse. */
  private String age(String time, String suffix) {
    if (time == null) {
      return "";
    }
    try {
      Instant then = OffsetDateTime.parse(time.trim().replace(' ', 'T')).toInstant();
      long days = Duration.between(then, clock.instant()).toDays();
      return " (" + days + (days == 1 ? " day" : " days") + suffix + ")";
    } catch (DateTimeParseException e) {
      return "";
    }
  }
}
