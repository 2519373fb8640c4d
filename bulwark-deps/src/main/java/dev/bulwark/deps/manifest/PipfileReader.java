package dev.bulwark.deps.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.deps.manifest.internal.Collector;
import dev.bulwark.deps.manifest.internal.ManifestFiles;
import dev.bulwark.deps.manifest.internal.Pins;
import dev.bulwark.deps.manifest.internal.TomlLines;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code Pipfile} (TOML; used only when there is no Pipfile.lock beside it):
 * {@code [packages]} is the main scope and {@code [dev-packages]} {@code group:develop}. A value
 * is {@code "*"} (any version), a PEP 440 specifier, or a table with {@code version},
 * {@code markers}, marker shortcuts such as {@code sys_platform = "== 'win32'"}, or a git, path
 * or file source (skipped with its reason).
 */
public final class PipfileReader {

  /** The PEP 508 marker variables Pipenv accepts as keys of a package's table. */
  private static final List<String> MARKER_KEYS = List.of("os_name", "sys_platform", "platform_machine",
      "platform_python_implementation", "platform_release", "platform_system", "platform_version",
      "python_version", "python_full_version", "implementation_name", "implementation_version");

  private PipfileReader() {}

  public static ManifestReading read(Path file) {
    Collector out = new Collector(file);
    Optional<String> text = ManifestFiles.text(out);
    Optional<JsonNode> root = text.flatMap(t -> ManifestFiles.toml(t, out));
    if (root.isEmpty()) {
      return out.reading();
    }
    TomlLines lines = TomlLines.of(text.get());
    for (String section : List.of("packages", "dev-packages")) {
      String scope = section.equals("packages") ? Dependency.MAIN_SCOPE : "group:develop";
      for (Iterator<Map.Entry<String, JsonNode>> it = root.get().path(section).fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String name = e.getKey();
        int line = lines.keyLine(List.of(section, name));
        JsonNode value = e.getValue();
        String specifier;
        String marker = null;
        if (value.isTextual()) {
          specifier = value.asText();
        } else if (value.isObject()) {
          String skip = skipReason(value);
          if (skip != null) {
            out.skip(name, skip, line);
            continue;
          }
          specifier = ManifestFiles.string(value, "version");
          marker = marker(value);
        } else {
          out.problem("'" + name + "' must be a version string or a table", line);
          continue;
        }
        String spec = specifier == null || specifier.strip().equals("*") ? "" : specifier.strip();
        out.add(new Dependency(name, Pins.exact(spec), spec, Collector.optional(marker), scope, out.at(line)));
      }
    }
    return out.reading();
  }

  /** Why a Pipfile or Pipfile.lock entry cannot be audited, or null when it can. */
  static String skipReason(JsonNode entry) {
    if (entry.path("editable").asBoolean(false)) {
      return "editable install";
    }
    for (String vcs : List.of("git", "hg", "svn", "bzr")) {
      if (entry.has(vcs)) {
        return "VCS requirement";
      }
    }
    if (entry.has("path")) {
      return "local path";
    }
    if (entry.has("file")) {
      return "URL requirement";
    }
    return null;
  }

  /** {@code markers} and the shortcut keys, joined with {@code and}. */
  private static String marker(JsonNode table) {
    List<String> parts = new ArrayList<>();
    String markers = ManifestFiles.string(table, "markers");
    if (markers != null && !markers.isBlank()) {
      parts.add(markers.strip());
    }
    for (String key : MARKER_KEYS) {
      String condition = ManifestFiles.string(table, key);
      if (condition != null && !condition.isBlank()) {
        parts.add(key + " " + condition.strip());
      }
    }
    if (parts.size() <= 1) {
      return parts.isEmpty() ? null : parts.get(0);
    }
    return String.join(" and ", parts.stream().map(p -> "(" + p + ")").toList());
  }
}
