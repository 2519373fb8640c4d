package dev.bulwark.cli;

import dev.bulwark.deps.store.StoreLocation;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --db DIR}, shared by the db commands, and where the store is without it. */
final class DbLocation {

  @Option(names = "--db", paramLabel = "DIR",
      description = "The advisory store directory (default: $BULWARK_DB, else $XDG_CACHE_HOME/bulwark/db, "
          + "else ~/.cache/bulwark/db).")
  Path db;

  Path resolve(Map<String, String> env) {
    return resolve(db, env);
  }

  /** The store {@code option} names, or without it the one the environment or the user's cache holds. */
  static Path resolve(Path option, Map<String, String> env) {
    return StoreLocation.resolve(Optional.ofNullable(option), env, Path.of(System.getProperty("user.home")));
  }
}
