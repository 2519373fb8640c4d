package dev.bulwark.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of one configuration file: top-level keys of a {@code bulwark.toml}, or the
 * {@code [tool.bulwark]} table of a {@code pyproject.toml}. Every key is optional; an absent one is
 * null here. Values are checked for type and spelling when read; rule codes are checked later,
 * against the rule catalogue ({@link ScanSettings}).
 */
record ConfigFile(
    Path file,
    List<String> select,
    List<String> ignore,
    String severity,
    String confidence,
    Map<String, List<String>> perPathIgnores,
    List<String> exclude,
    String failOn,
    Boolean preview,
    List<String> allowSecrets,
    List<String> taintModels,
    Boolean taintLocalSources,
    KeyLines lines) {

  static final String BULWARK_TOML = "bulwark.toml";
  static final String PYPROJECT_TOML = "pyproject.toml";

  /** The keys, in the order the documentation lists them. */
  static final List<String> KEYS =
      List.of("select", "ignore", "severity", "confidence", "per-path-ignores", "exclude", "fail-on", "preview",
          "allow-secrets", "taint-models", "taint-local-sources");

  static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");
  static final List<String> CONFIDENCES = List.of("low", "medium", "high");

  /** Made on first use: most scans find no configuration file and need not load Jackson. */
  private static final class Toml {
    static final TomlMapper MAPPER = new TomlMapper();
  }

  /** The directory that relative patterns in this file are relative to: the file's own. */
  Path baseDir() {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent != null ? parent : file.toAbsolutePath();
  }

  /** {@code file:line} for a key, or just the file when the key's line is not known. */
  String where(String key) {
    return where(file, lines, key);
  }

  private static String where(Path file, KeyLines lines, String key) {
    int line = lines.lineOf(key);
    return line > 0 ? file + ":" + line : file.toString();
  }

  /**
   * The configuration to use for a scan of {@code paths}: found by walking up from the directory
   * that holds them all. In each directory a {@code bulwark.toml} wins; a {@code pyproject.toml}
   * counts only when it has a {@code [tool.bulwark]} table (otherwise the walk goes on upwards, as a
   * sub-project may have its own pyproject.toml without one). The walk ends after the first
   * directory that holds {@code .git} (the repository root), or at the file system root.
   */
  static Optional<ConfigFile> discover(List<Path> paths) throws ConfigException {
    Path dir = commonDirectory(paths);
    for (; dir != null; dir = dir.getParent()) {
      Path bulwark = dir.resolve(BULWARK_TOML);
      if (Files.isRegularFile(bulwark)) {
        return Optional.of(read(bulwark));
      }
      Path pyproject = dir.resolve(PYPROJECT_TOML);
      if (Files.isRegularFile(pyproject)) {
        Optional<ConfigFile> found = readIfConfigured(pyproject);
        if (found.isPresent()) {
          return found;
        }
      }
      if (Files.exists(dir.resolve(".git"))) {
        break;
      }
    }
    return Optional.empty();
  }

  /** A file named with {@code --config}: a pyproject.toml must then hold a [tool.bulwark] table. */
  static ConfigFile read(Path file) throws ConfigException {
    Optional<ConfigFile> config = readIfConfigured(file);
    if (config.isEmpty()) {
      throw new ConfigException(file + ": no [tool.bulwark] table");
    }
    return config.get();
  }

  private static Optional<ConfigFile> readIfConfigured(Path file) throws ConfigException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file + ": no such configuration file", e);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + IoErrors.describe(e), e);
    }
    JsonNode root;
    try {
      root = Toml.MAPPER.readTree(text);
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String message = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
      int newline = message.indexOf('\n');
      throw new ConfigException((line > 0 ? file + ":" + line : file.toString()) + ": invalid TOML: "
          + (newline < 0 ? message : message.substring(0, newline)), e);
    }
    boolean pyproject = file.getFileName() != null && file.getFileName().toString().equals(PYPROJECT_TOML);
    JsonNode table = root;
    String tableName = "";
    if (pyproject) {
      JsonNode tool = root == null ? null : root.get("tool");
      table = tool == null ? null : tool.get("bulwark");
      tableName = "tool.bulwark";
      if (table == null) {
        return Optional.empty();
      }
    }
    KeyLines lines = new KeyLines(text, tableName);
    if (table == null || table.isNull()) {
      table = Toml.MAPPER.createObjectNode();
    }
    if (!table.isObject()) {
      throw new ConfigException(file + ": [tool.bulwark] must be a table");
    }
    return Optional.of(fromTable(file, table, lines, pyproject));
  }

  private static ConfigFile fromTable(Path file, JsonNode table, KeyLines lines, boolean pyproject)
      throws ConfigException {
    Reader r = new Reader(file, lines);
    for (Iterator<String> names = table.fieldNames(); names.hasNext(); ) {
      String key = names.next();
      if (!KEYS.contains(key)) {
        String place = r.where(key);
        throw new ConfigException(place + ": unknown key '" + key + "'" + (pyproject ? " in [tool.bulwark]" : "")
            + " (known keys: " + String.join(", ", KEYS) + ")");
      }
    }
    return new ConfigFile(
        file,
        r.strings(table, "select"),
        r.ruleCodes(table, "ignore"),
        r.oneOf(table, "severity", SEVERITIES),
        r.oneOf(table, "confidence", CONFIDENCES),
        r.pathTable(table, "per-path-ignores"),
        r.strings(table, "exclude"),
        r.oneOf(table, "fail-on", SEVERITIES),
        r.bool(table, "preview"),
        r.strings(table, "allow-secrets"),
        r.strings(table, "taint-models"),
        r.bool(table, "taint-local-sources"),
        lines);
  }

  /** The deepest directory that holds every path (a file counts as its directory). */
  static Path commonDirectory(List<Path> paths) {
    Path common = null;
    for (Path p : paths) {
      Path abs = p.toAbsolutePath().normalize();
      Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
      if (dir == null) {
        continue;
      }
      if (common == null) {
        common = dir;
      } else {
        while (common != null && !dir.startsWith(common)) {
          common = common.getParent();
        }
      }
    }
    return common != null ? common : Path.of("").toAbsolutePath();
  }

  /** Typed reads of the values, each failure a message naming the file, line and key. */
  private record Reader(Path file, KeyLines lines) {

    String where(String key) {
      return ConfigFile.where(file, lines, key);
    }

    List<String> strings(JsonNode table, String key) throws ConfigException {
      JsonNode v = table.get(key);
      if (v == null) {
        return null;
      }
      return stringList(v, key, "'" + key + "'");
    }

    /**
     * Like {@link #strings}, for {@code ignore}: its tables ({@code [[ignore]]} entries, or inline
     * tables in the array) are the dependency audit's ignores, which {@code bulwark deps} reads; the
     * scan takes the strings. Null when there are no strings.
     */
    List<String> ruleCodes(JsonNode table, String key) throws ConfigException {
      JsonNode v = table.get(key);
      if (v == null) {
        return null;
      }
      if (v.isArray()) {
        com.fasterxml.jackson.databind.node.ArrayNode codes = Toml.MAPPER.createArrayNode();
        boolean tables = false;
        for (JsonNode item : v) {
          if (item.isObject()) {
            tables = true;
          } else {
            codes.add(item);
          }
        }
        if (tables && codes.isEmpty()) {
          return null;
        }
        v = codes;
      }
      return stringList(v, key, "'" + key + "'");
    }

    List<String> stringList(JsonNode v, String key, String what) throws ConfigException {
      if (!v.isArray()) {
        throw new ConfigException(where(key) + ": " + what + " must be a list of strings, e.g. [\"BW101\"]");
      }
      List<String> out = new ArrayList<>();
      for (JsonNode item : v) {
        if (!item.isTextual()) {
          throw new ConfigException(where(key) + ": " + what + " must be a list of strings, not " + item);
        }
        out.add(item.asText());
      }
      return List.copyOf(out);
    }

    String oneOf(JsonNode table, String key, List<String> allowed) throws ConfigException {
      JsonNode v = table.get(key);
      if (v == null) {
        return null;
      }
      String value = v.isTextual() ? v.asText().toLowerCase(Locale.ROOT) : null;
      if (value == null || !allowed.contains(value)) {
        throw new ConfigException(where(key) + ": '" + key + "' must be one of " + String.join(", ", allowed)
            + ", not " + v);
      }
      return value;
    }

    Boolean bool(JsonNode table, String key) throws ConfigException {
      JsonNode v = table.get(key);
      if (v == null) {
        return null;
      }
      if (!v.isBoolean()) {
        throw new ConfigException(where(key) + ": '" + key + "' must be true or false, not " + v);
      }
      return v.booleanValue();
    }

    Map<String, List<String>> pathTable(JsonNode table, String key) throws ConfigException {
      JsonNode v = table.get(key);
      if (v == null) {
        return null;
      }
      if (!v.isObject()) {
        throw new ConfigException(where(key) + ": '" + key + "' must be a table of path patterns to rule lists,"
            + " e.g. \"tests/**\" = [\"BW101\"]");
      }
      Map<String, List<String>> out = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.put(e.getKey(), stringList(e.getValue(), key, "'" + key + "' for \"" + e.getKey() + "\""));
      }
      return java.util.Collections.unmodifiableMap(out);
    }
  }

  /**
   * Finds the line a key is set on, for messages: Jackson's TOML tree keeps no positions. Looks for
   * {@code key =} (or a dotted {@code key.}) inside the right table, or a {@code [table.key]} header.
   */
  static final class KeyLines {
    private final List<String> lines;
    private final String table;

    KeyLines(String text, String table) {
      this.lines = dev.bulwark.report.source.SourceText.splitLines(text);
      this.table = table;
    }

    /** The key's line from 1, or 0 when not found. */
    int lineOf(String key) {
      boolean inTable = table.isEmpty();
      String nested = table.isEmpty() ? key : table + "." + key;
      for (int i = 0; i < lines.size(); i++) {
        String s = lines.get(i).strip();
        if (s.startsWith("[")) {
          String header = unquote(s.replaceAll("^\\[+|\\].*$", "").strip());
          if (header.equals(nested)) {
            return i + 1;
          }
          inTable = header.equals(table);
          continue;
        }
        if (inTable && definesKey(s, key)) {
          return i + 1;
        }
      }
      return 0;
    }

    private static boolean definesKey(String s, String key) {
      String rest;
      if (s.startsWith(key)) {
        rest = s.substring(key.length());
      } else if (s.startsWith("\"" + key + "\"") || s.startsWith("'" + key + "'")) {
        rest = s.substring(key.length() + 2);
      } else {
        return false;
      }
      rest = rest.stripLeading();
      return rest.startsWith("=") || rest.startsWith(".");
    }

    private static String unquote(String header) {
      return header.replace("\"", "").replace("'", "").replaceAll("\\s*\\.\\s*", ".");
    }
  }
}
