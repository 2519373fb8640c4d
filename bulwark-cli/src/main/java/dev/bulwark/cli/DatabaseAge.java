package dev.bulwark.cli;

import dev.bulwark.deps.store.StoreMeta;
import java.time.Instant;
import java.util.OptionalLong;

/** How old the advisory data of an audit is, and the warning that {@code deps} and {@code scan} give when it is old. */
final class DatabaseAge {

  /** Advisory data older than this many days gets a warning: new advisories appear every week. */
  static final int WARN_DAYS = 30;

  private DatabaseAge() {}

  /** Days since the newest advisory of {@code database} was modified; empty when unknown. */
  static OptionalLong days(StoreMeta database, Instant now) {
    if (database == null) {
      return OptionalLong.empty();
    }
    return database.dataAge(now).map(age -> OptionalLong.of(age.toDays())).orElse(OptionalLong.empty());
  }

  /** The warning for data {@code days} old, or null when it is recent enough. */
  static String warning(StoreMeta database, long days) {
    return days <= WARN_DAYS ? null : "the advisory database is " + days + " days old (newest advisory "
        + database.newestModified() + "); refresh it with 'bulwark db update'";
  }
}
