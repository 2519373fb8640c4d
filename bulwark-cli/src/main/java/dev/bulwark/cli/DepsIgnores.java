package dev.bulwark.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.bulwark.deps.audit.Finding;
import dev.bulwark.deps.audit.PackageResult;
import dev.bulwark.deps.requirement.PackageName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dependency audit's ignore entries: tables in the {@code ignore} array of the configuration
 * ({@code [[tool.bulwark.ignore]]} in pyproject.toml, {@code [[ignore]]} in bulwark.toml), each
 * {@code id} (any alias of the advisory), optional {@code package} and {@code version}, a required
 * {@code reason}, and an optional {@code expires} date from which the entry no longer applies.
 * (The strings of the same array are the scan's rule codes.)
 */
final class DepsIgnores {

  private static final Set<String> KEYS = Set.of("id", "package", "version", "reason", "expires");

  /**
   * One entry.
   *
   * @param where {@code file:line} of the entry, for warnings
   */
  record Entry(String id, String packageName, String version, String reason, LocalDate expires, String where) {

    boolean expiredOn(LocalDate today) {
      return expires != null && !today.isBefore(expires);
    }

    boolean matches(PackageResult p, Finding f) {
      if (!f.isKnownAs(id)) {
        return false;
      }
      if (packageName != null && !PackageName.canonical(packageName).equals(p.name())) {
        return false;
      }
      return version == null || p.dependency().version().map(v -> v.strip().equalsIgnoreCase(version.strip()))
          .orElse(false);
    }
  }

  static final DepsIgnores NONE = new DepsIgnores(List.of());

  private final List<Entry> entries;

  private DepsIgnores(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  List<Entry> entries() {
    return entries;
  }

  /** The entries of a configuration file (a bulwark.toml, or a pyproject.toml's [tool.bulwark]). */
  static DepsIgnores read(Path file) throws ConfigException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + IoErrors.describe(e), e);
    }
    JsonNode root;
    try {
      root = new TomlMapper().readTree(text);
    } catch (JacksonException e) {
      throw new ConfigException(file + ": invalid TOML", e); // ConfigFile has already said where
    }
    boolean pyproject = file.getFileName() != null && file.getFileName().toString().equals(ConfigFile.PYPROJECT_TOML);
    JsonNode table = pyproject ? root.path("tool").path("bulwark") : root;
    JsonNode ignore = table.get("ignore");
    if (ignore == null || !ignore.isArray()) {
      return NONE;
    }
    List<Integer> lines = entryLines(text, pyproject ? "tool.bulwark.ignore" : "ignore");
    List<Entry> entries = new ArrayList<>();
    int tableIndex = 0;
    for (JsonNode item : ignore) {
      if (!item.isObject()) {
        continue; // a rule code of the scan
      }
      int line = tableIndex < lines.size() ? lines.get(tableIndex) : 0;
      tableIndex++;
      String where = line > 0 ? file + ":" + line : file.toString();
      entries.add(entry(item, where));
    }
    return new DepsIgnores(entries);
  }

  private static Entry entry(JsonNode item, String where) throws ConfigException {
    for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw new ConfigException(where + ": unknown key '" + key + "' in an ignore entry (known keys: id, package, "
            + "version, reason, expires)");
      }
    }
    String id = text(item, "id", where);
    String reason = text(item, "reason", where);
    if (id == null || id.isBlank()) {
      throw new ConfigException(where + ": an ignore entry needs an 'id' (an advisory id or any of its aliases)");
    }
    if (reason == null || reason.isBlank()) {
      throw new ConfigException(where + ": the ignore entry for " + id + " needs a 'reason'");
    }
    LocalDate expires = null;
    JsonNode e = item.get("expires");
    if (e != null) {
      try {
        expires = LocalDate.parse(e.asText().strip());
      } catch (DateTimeParseException ex) {
        throw new ConfigException(where + ": 'expires' must be a date such as 2026-12-31, not " + e);
      }
    }
    return new Entry(id.strip(), text(item, "package", where), text(item, "version", where), reason.strip(), expires,
        where);
  }

  private static String text(JsonNode item, String key, String where) throws ConfigException {
    JsonNode v = item.get(key);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      throw new ConfigException(where + ": '" + key + "' of an ignore entry must be a string, not " + v);
    }
    return v.asText();
  }

  /** The lines of the {@code [[header]]} headers, in order (inline tables in an array get no line). */
  private static List<Integer> entryLines(String text, String header) {
    List<Integer> lines = new ArrayList<>();
    String[] all = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < all.length; i++) {
      String s = all[i].strip();
      if (s.startsWith("[[") && s.replaceAll("\\s", "").startsWith("[[" + header + "]]")) {
        lines.add(i + 1);
      }
    }
    return lines;
  }

  /** The first entry that applies to a finding today, if any. */
  Optional<Entry> match(PackageResult p, Finding f, LocalDate today) {
    return entries.stream().filter(e -> !e.expiredOn(today) && e.matches(p, f)).findFirst();
  }

  /** Expired entries that would have matched: the finding is reported, with a warning. */
  Optional<Entry> expiredMatch(PackageResult p, Finding f, LocalDate today) {
    return entries.stream().filter(e -> e.expiredOn(today) && e.matches(p, f)).findFirst();
  }
}
