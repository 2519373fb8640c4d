package dev.bulwark.deps.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

  private static final Path HOME = Path.of("/home/u");

  @Test
  void optionThenEnvironmentThenXdgThenHome() {
    Map<String, String> all = Map.of("BULWARK_DB", "/env/db", "XDG_CACHE_HOME", "/xdg");
    assertThat(StoreLocation.resolve(Optional.of(Path.of("/opt/db")), all, HOME)).isEqualTo(Path.of("/opt/db"));
    assertThat(StoreLocation.resolve(Optional.empty(), all, HOME)).isEqualTo(Path.of("/env/db"));
    assertThat(StoreLocation.resolve(Optional.empty(), Map.of("XDG_CACHE_HOME", "/xdg"), HOME))
        .isEqualTo(Path.of("/xdg/bulwark/db"));
    // the XDG specification ignores a relative XDG_CACHE_HOME
    assertThat(StoreLocation.resolve(Optional.empty(), Map.of("XDG_CACHE_HOME", "rel"), HOME))
        .isEqualTo(Path.of("/home/u/.cache/bulwark/db"));
    assertThat(StoreLocation.resolve(Optional.empty(), Map.of(), HOME)).isEqualTo(Path.of("/home/u/.cache/bulwark/db"));
  }
}
