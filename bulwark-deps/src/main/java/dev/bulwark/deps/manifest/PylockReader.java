package dev.bulwark.deps.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.deps.manifest.internal.Collector;
import dev.bulwark.deps.manifest.internal.ManifestFiles;
import dev.bulwark.deps.manifest.internal.TomlLines;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
    Collector out = new Collector(file);
    Optional<String> text = ManifestFiles.text(out);
    Optional<JsonNode> root = text.flatMap(t -> ManifestFiles.toml(t, out));
    if (root.isEmpty()) {
      return out.reading();
    }
    TomlLines lines = TomlLines.of(text.get());
    List<Integer> headers = lines.arrayHeaderLines(List.of("packages"));
    JsonNode packages = root.get().path("packages");
    for (int i = 0; i < packages.size(); i++) {
      JsonNode p = packages.get(i);
      int header = i < headers.size() ? headers.get(i) : 0;
      int nameLine = header == 0 ? 0 : lines.keyLineInSection(header, List.of("name"));
      int line = nameLine > 0 ? nameLine : header;
      String name = ManifestFiles.string(p, "name");
      if (name == null) {
        out.problem("[[packages]] without a name", header);
        continue;
      }
      String version = ManifestFiles.string(p, "version");
      String skip = p.path("directory").path("editable").asBoolean(false) ? "editable install"
          : p.has("vcs") ? "VCS requirement"
          : p.has("directory") ? "local path"
          : version == null || version.isBlank() ? "no version"
          : null;
      if (skip != null) {
        out.skip(name, skip, line);
        continue;
      }
      String marker = ManifestFiles.string(p, "marker");
      out.pinned(name, version, marker, scope(marker), line);
    }
    return out.reading();
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
