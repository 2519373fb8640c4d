package dev.bulwark.deps.manifest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.deps.manifest.internal.Collector;
import dev.bulwark.deps.manifest.internal.ManifestFiles;
import dev.bulwark.deps.manifest.internal.Pins;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code Pipfile.lock} (JSON): {@code default} is the main scope, {@code develop} the
 * {@code group:develop} one. A package is pinned by its {@code "version": "==X"}; git, path and
 * editable entries are skipped with their reason.
 */
public final class PipfileLockReader {

  static final List<String> SECTIONS = List.of("default", "develop");

  private PipfileLockReader() {}

  public static ManifestReading read(Path file) {
    Collector out = new Collector(file);
    Optional<String> text = ManifestFiles.text(out);
    Optional<JsonNode> root = text.flatMap(t -> ManifestFiles.json(t, out));
    if (root.isEmpty()) {
      return out.reading();
    }
    Map<String, Integer> lines = packageLines(text.get());
    for (String section : SECTIONS) {
      JsonNode packages = root.get().path(section);
      String scope = section.equals("default") ? Dependency.MAIN_SCOPE : "group:develop";
      for (Iterator<Map.Entry<String, JsonNode>> it = packages.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String name = e.getKey();
        JsonNode entry = e.getValue();
        int line = lines.getOrDefault(section + "/" + name, 0);
        String skip = PipfileReader.skipReason(entry);
        if (skip != null) {
          out.skip(name, skip, line);
          continue;
        }
        String specifier = ManifestFiles.string(entry, "version");
        Optional<String> version = Pins.exact(specifier);
        if (version.isEmpty()) {
          out.skip(name, specifier == null ? "no version" : "unparseable version '" + specifier + "'", line);
          continue;
        }
        out.pinned(name, version.get(), ManifestFiles.string(entry, "markers"), scope, line);
      }
    }
    return out.reading();
  }

  /** "section/name" to the line of the name's key: Jackson's streaming parser knows where each token is. */
  private static Map<String, Integer> packageLines(String text) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser p = new JsonFactory().createParser(text)) {
      int depth = 0;
      String section = null;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.FIELD_NAME) {
          if (depth == 1) {
            section = p.currentName();
          } else if (depth == 2 && SECTIONS.contains(section)) {
            lines.putIfAbsent(section + "/" + p.currentName(), p.currentTokenLocation().getLineNr());
          }
        }
      }
    } catch (IOException e) {
      // the tree parse has already reported the error; the lines found so far are kept
    }
    return lines;
  }
}
