package dev.bulwark.deps.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.deps.manifest.internal.ManifestFiles;
import dev.bulwark.deps.manifest.internal.LockPackages;
import java.nio.file.Path;

/**
 * Reads {@code pdm.lock}: each {@code [[package]]} is pinned at its {@code version}, with its
 * {@code marker}; the scope comes from {@code groups} ({@code default} is main, any other group
 * {@code group:<name>}). Editable, git, path and URL entries are skipped with their reason.
 */
public final class PdmLockReader {

  private PdmLockReader() {}

  public static ManifestReading read(Path file) {
    return LockPackages.read(file, "package", packages -> new LockPackages.Format() {
      @Override
      public String skipReason(JsonNode p) {
        return p.path("editable").asBoolean(false) ? "editable install"
            : p.has("git") ? "VCS requirement"
            : p.has("path") ? "local path"
            : p.has("url") ? "URL requirement"
            : null;
      }

      @Override
      public LockPackages.Pin pin(int index, JsonNode p) {
        return new LockPackages.Pin(ManifestFiles.string(p, "marker"), scope(p.path("groups")));
      }
    });
  }

  private static String scope(JsonNode groups) {
    if (!groups.isArray() || groups.isEmpty()) {
      return Dependency.MAIN_SCOPE;
    }
    for (JsonNode g : groups) {
      if (g.asText().equals("default")) {
        return Dependency.MAIN_SCOPE;
      }
    }
    return "group:" + groups.get(0).asText();
  }
}
