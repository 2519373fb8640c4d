package dev.bulwark.deps.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the advisory store lives: {@code --db DIR}, else {@code $BULWARK_DB}, else
 * {@code $XDG_CACHE_HOME/bulwark/db}, else {@code ~/.cache/bulwark/db}.
 */
public final class StoreLocation {

  public static final String ENV_VARIABLE = "BULWARK_DB";

  private StoreLocation() {}

  public static Path resolve(Optional<Path> option, Map<String, String> env, Path home) {
    if (option.isPresent()) {
      return option.get();
    }
    String fromEnv = env.get(ENV_VARIABLE);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv);
    }
    String cache = env.get("XDG_CACHE_HOME");
    Path base = cache != null && !cache.isBlank() && Path.of(cache).isAbsolute() ? Path.of(cache) : home.resolve(".cache");
    return base.resolve("bulwark").resolve("db");
  }

  /** The location for this process: its environment and the user's home directory. */
  public static Path resolve(Optional<Path> option) {
    return resolve(option, System.getenv(), Path.of(System.getProperty("user.home")));
  }
}
