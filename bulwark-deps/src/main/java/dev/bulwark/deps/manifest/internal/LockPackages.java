package dev.bulwark.deps.manifest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.deps.manifest.ManifestReading;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The walk every TOML lock reader shares: read the text, parse it, go through the array of
 * package tables ({@code [[package]]} or {@code [[packages]]}) in file order, place each entry at
 * its {@code name} line (else its header), report an entry without a name as a problem, skip an
 * entry its format cannot audit or that has no version, and pin the rest. A reader states only
 * what differs: its {@link Format}.
 */
public final class LockPackages {

  private LockPackages() {}

  /** Where a pinned entry applies: its PEP 508 marker (or null) and its scope. */
  public record Pin(String marker, String scope) {}

  /** What one lock format says about its package entries. */
  public interface Format {

    /** Why {@code entry} cannot be audited whatever its version (editable, VCS, path...), or null. */
    String skipReason(JsonNode entry);

    /** The marker and scope of entry number {@code index}, which is pinned. */
    Pin pin(int index, JsonNode entry);
  }

  /**
   * Reads {@code file}; {@code table} names the array of package tables, and {@code format} is
   * made from that array (so a format may first look at the whole graph).
   */
  public static ManifestReading read(Path file, String table, Function<JsonNode, Format> format) {
    Collector out = new Collector(file);
    Optional<String> text = ManifestFiles.text(out);
    Optional<JsonNode> root = text.flatMap(t -> ManifestFiles.toml(t, out));
    if (root.isEmpty()) {
      return out.reading();
    }
    TomlLines lines = TomlLines.of(text.get());
    List<Integer> headers = lines.arrayHeaderLines(List.of(table));
    JsonNode packages = root.get().path(table);
    Format reader = format.apply(packages);
    for (int i = 0; i < packages.size(); i++) {
      JsonNode p = packages.get(i);
      int header = i < headers.size() ? headers.get(i) : 0;
      int nameLine = header == 0 ? 0 : lines.keyLineInSection(header, List.of("name"));
      int line = nameLine > 0 ? nameLine : header;
      String name = ManifestFiles.string(p, "name");
      if (name == null) {
        out.problem("[[" + table + "]] without a name", header);
        continue;
      }
      String version = ManifestFiles.string(p, "version");
      String skip = reader.skipReason(p);
      if (skip == null && (version == null || version.isBlank())) {
        skip = "no version";
      }
      if (skip != null) {
        out.skip(name, skip, line);
        continue;
      }
      Pin pin = reader.pin(i, p);
      out.pinned(name, version, pin.marker(), pin.scope(), line);
    }
    return out.reading();
  }
}
