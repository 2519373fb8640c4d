package dev.bulwark.deps.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.deps.manifest.internal.Collector;
import dev.bulwark.deps.manifest.internal.ManifestFiles;
import dev.bulwark.deps.manifest.internal.TomlLines;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code pdm.lock}: each {@code [[package]]} is pinned at its {@code version}, with its
 * {@code marker}; the scope comes from {@code groups} ({@code default} is main, any other group
 * {@code group:<name>}). Editable, git, path and URL entries are skipped with their reason.
 */
public final class PdmLockReader {

  private PdmLockReader() {}

  public static ManifestReading read(Path file) {
    Collector out = new Collector(file);
    Optional<String> text = ManifestFiles.text(out);
    Optional<JsonNode> root = text.flatMap(t -> ManifestFiles.toml(t, out));
    if (root.isEmpty()) {
      return out.reading();
    }
    TomlLines lines = TomlLines.of(text.get());
    List<Integer> headers = lines.arrayHeaderLines(List.of("package"));
    JsonNode packages = root.get().path("package");
    for (int i = 0; i < packages.size(); i++) {
      JsonNode p = packages.get(i);
      int header = i < headers.size() ? headers.get(i) : 0;
      int nameLine = header == 0 ? 0 : lines.keyLineInSection(header, List.of("name"));
      int line = nameLine > 0 ? nameLine : header;
      String name = ManifestFiles.string(p, "name");
      if (name == null) {
        out.problem("[[package]] without a name", header);
        continue;
      }
      String skip = p.path("editable").asBoolean(false) ? "editable install"
          : p.has("git") ? "VCS requirement"
          : p.has("path") ? "local path"
          : p.has("url") ? "URL requirement"
          : null;
      String version = ManifestFiles.string(p, "version");
      if (skip == null && (version == null || version.isBlank())) {
        skip = "no version";
      }
      if (skip != null) {
        out.skip(name, skip, line);
        continue;
      }
      out.pinned(name, version, ManifestFiles.string(p, "marker"), scope(p.path("groups")), line);
    }
    return out.reading();
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
