package dev.bulwark.deps.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.deps.manifest.internal.ManifestFiles;
import dev.bulwark.deps.manifest.internal.LockPackages;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PEP 751 lock file ({@code pylock.toml}, {@code pylock.<name>.toml}): each
 * {@code [[packages]]} is pinned at its {@code version}, with its {@code marker}. A package without
 * a version (a VCS checkout or a local directory, usually) is skipped with its reason. The scope is
 * main unless the marker selects the package for one extra ({@code 'x' in extras}: optional:x) or
 * one dependency group ({@code 'dev' in dependency_groups}: group:dev).
 */
public final class PylockReader {

  private static final Pattern GROUP = Pattern.compile("['\"]([^'\"]+)['\"]\\s+in\\s+dependency_groups");
  private static final Pattern EXTRA = Pattern.compile("['\"]([^'\"]+)['\"]\\s+in\\s+extras");

  private PylockReader() {}

  /** Whether {@code fileName} is a PEP 751 lock file name. */
  public static boolean isPylock(String fileName) {
    return fileName.equals("pylock.toml") || fileName.startsWith("pylock.") && fileName.endsWith(".toml")
        && fileName.length() > "pylock..toml".length() && !fileName.substring(7, fileName.length() - 5).contains(".");
  }

  public static ManifestReading read(Path file) {
    return LockPackages.read(file, "packages", packages -> new LockPackages.Format() {
      @Override
      public String skipReason(JsonNode p) {
        return p.path("directory").path("editable").asBoolean(false) ? "editable install"
            : p.has("vcs") ? "VCS requirement"
            : p.has("directory") ? "local path"
            : null;
      }

      @Override
      public LockPackages.Pin pin(int index, JsonNode p) {
        String marker = ManifestFiles.string(p, "marker");
        return new LockPackages.Pin(marker, scope(marker));
      }
    });
  }

  private static String scope(String marker) {
    if (marker == null) {
      return Dependency.MAIN_SCOPE;
    }
    Matcher group = GROUP.matcher(marker);
    if (group.find()) {
      return "group:" + group.group(1);
    }
    Matcher extra = EXTRA.matcher(marker);
    if (extra.find()) {
      return "optional:" + extra.group(1);
    }
    return Dependency.MAIN_SCOPE;
  }
}
