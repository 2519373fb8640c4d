package dev.bulwark.deps.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.deps.manifest.internal.Collector;
import dev.bulwark.deps.manifest.internal.ManifestFiles;
import dev.bulwark.deps.manifest.internal.Pins;
import dev.bulwark.deps.manifest.internal.PoetryConstraint;
import dev.bulwark.deps.manifest.internal.TomlLines;
import dev.bulwark.deps.requirement.Requirement;
import dev.bulwark.deps.requirement.RequirementSyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the requirements of a {@code pyproject.toml}: the PEP 621 {@code [project]} table
 * ({@code dependencies}: main; {@code optional-dependencies}: {@code optional:<extra>}), the PEP 735
 * {@code [dependency-groups]} ({@code group:<name>}, {@code include-group} expanded, cycles reported),
 * and Poetry's {@code [tool.poetry]} ({@code dependencies}: main, or {@code optional:<extra>} for an
 * optional one named in {@code [tool.poetry.extras]}; {@code group.<name>.dependencies} and the old
 * {@code dev-dependencies}: {@code group:<name>}). Poetry constraints are translated to PEP 440.
 * Only exact pins carry a version; the rest is unpinned. URL, VCS, path and editable requirements
 * are skipped with their reason.
 */
public final class PyprojectReader {

  /** The parts of a pyproject.toml a lock file can replace. */
  public enum Section {
    /** {@code [project]} and {@code [dependency-groups]}: replaced by uv.lock, pdm.lock, pylock, poetry.lock. */
    PROJECT,
    /** {@code [tool.poetry]}: replaced by poetry.lock. */
    POETRY
  }

  private PyprojectReader() {}

  public static ManifestReading read(Path file) {
    return read(file, Set.of(Section.PROJECT, Section.POETRY));
  }

  /** Reads only the given sections (the others are covered by a lock file). */
  public static ManifestReading read(Path file, Set<Section> sections) {
    Collector out = new Collector(file);
    Optional<String> text = ManifestFiles.text(out);
    Optional<JsonNode> root = text.flatMap(t -> ManifestFiles.toml(t, out));
    if (root.isEmpty()) {
      return out.reading();
    }
    Context cx = new Context(out, TomlLines.of(text.get()), root.get());
    if (sections.contains(Section.PROJECT)) {
      cx.project();
      cx.dependencyGroups();
    }
    if (sections.contains(Section.POETRY)) {
      cx.poetry();
    }
    return out.reading();
  }

  /**
   * The direct requirements of a Poetry project, canonical name to Poetry group ({@code main},
   * {@code dev}, ...): what a poetry.lock without groups is walked from. Empty when the file cannot
   * be read.
   */
  public static Map<String, String> poetryDirectGroups(Path file) {
    Collector ignored = new Collector(file);
    Optional<JsonNode> root = ManifestFiles.text(ignored).flatMap(t -> ManifestFiles.toml(t, ignored));
    Map<String, String> groups = new LinkedHashMap<>();
    if (root.isEmpty()) {
      return groups;
    }
    JsonNode poetry = root.get().path("tool").path("poetry");
    poetry.path("dependencies").fieldNames().forEachRemaining(n -> groups.putIfAbsent(ManifestFiles.canonical(n), "main"));
    for (JsonNode r : root.get().path("project").path("dependencies")) {
      Requirement.tryParse(r.asText()).ifPresent(t -> groups.putIfAbsent(t.canonicalName(), "main"));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = poetry.path("group").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> g = it.next();
      g.getValue().path("dependencies").fieldNames()
          .forEachRemaining(n -> groups.putIfAbsent(ManifestFiles.canonical(n), g.getKey()));
    }
    poetry.path("dev-dependencies").fieldNames().forEachRemaining(n -> groups.putIfAbsent(ManifestFiles.canonical(n), "dev"));
    groups.remove("python");
    return groups;
  }

  /** One reading in progress. */
  private static final class Context {
    private final Collector out;
    private final TomlLines lines;
    private final JsonNode root;
    private final String projectName;

    Context(Collector out, TomlLines lines, JsonNode root) {
      this.out = out;
      this.lines = lines;
      this.root = root;
      String name = ManifestFiles.string(root.path("project"), "name");
      if (name == null) {
        name = ManifestFiles.string(root.path("tool").path("poetry"), "name");
      }
      this.projectName = name == null ? null : ManifestFiles.canonical(name);
    }

    // ---------------------------------------------------------------- PEP 621

    void project() {
      JsonNode project = root.path("project");
      requirementArray(project.get("dependencies"), List.of("project", "dependencies"), Dependency.MAIN_SCOPE);
      for (Iterator<Map.Entry<String, JsonNode>> it = project.path("optional-dependencies").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> extra = it.next();
        requirementArray(extra.getValue(), List.of("project", "optional-dependencies", extra.getKey()),
            "optional:" + extra.getKey());
      }
    }

    private void requirementArray(JsonNode array, List<String> path, String scope) {
      if (array == null) {
        return;
      }
      int keyLine = lines.keyLine(path);
      if (!array.isArray()) {
        out.problem(String.join(".", path) + " must be an array of requirement strings", keyLine);
        return;
      }
      List<Integer> elementLines = lines.arrayElementLines(path);
      for (int i = 0; i < array.size(); i++) {
        int line = i < elementLines.size() ? elementLines.get(i) : keyLine;
        JsonNode item = array.get(i);
        if (!item.isTextual()) {
          out.problem(String.join(".", path) + ": not a requirement string: " + item, line);
          continue;
        }
        requirement(item.asText(), scope, line);
      }
    }

    /** One PEP 508 string: a dependency, a skipped entry, or a problem. */
    private void requirement(String text, String scope, int line) {
      Requirement r;
      try {
        r = Requirement.parse(text);
      } catch (RequirementSyntaxException e) {
        out.problem(e.getMessage(), line);
        return;
      }
      if (projectName != null && r.canonicalName().equals(projectName)) {
        out.skip(text.strip(), "the project itself", line);
        return;
      }
      if (r.url().isPresent()) {
        out.skip(text.strip(), urlReason(r.url().get()), line);
        return;
      }
      out.add(new Dependency(r.name(), r.pinnedVersion(), r.specifierText(), r.marker().map(m -> m.text().strip()),
          scope, out.at(line)));
    }

    // ---------------------------------------------------------------- PEP 735

    /** A requirement string with the line it is written on. */
    private record Entry(String text, int line) {}

    void dependencyGroups() {
      JsonNode groups = root.get("dependency-groups");
      if (groups == null) {
        return;
      }
      if (!groups.isObject()) {
        out.problem("[dependency-groups] must be a table", lines.keyLine(List.of("dependency-groups")));
        return;
      }
      Map<String, String> byCanonical = new HashMap<>();
      groups.fieldNames().forEachRemaining(g -> byCanonical.put(ManifestFiles.canonical(g), g));
      Set<String> reported = new HashSet<>();
      for (Iterator<String> it = groups.fieldNames(); it.hasNext(); ) {
        String group = it.next();
        for (Entry e : expand(group, groups, byCanonical, new LinkedHashSet<>(), reported)) {
          requirement(e.text, "group:" + group, e.line);
        }
      }
    }

    /**
     * The requirements of {@code group} with its includes expanded (groups are small: no memo, so a
     * cycle cannot leave a half-expanded group behind); each bad include is reported once.
     */
    private List<Entry> expand(String group, JsonNode groups, Map<String, String> byCanonical, Set<String> visiting,
        Set<String> reported) {
      List<String> path = List.of("dependency-groups", group);
      visiting.add(group);
      List<Entry> result = new ArrayList<>();
      JsonNode items = groups.get(group);
      List<Integer> elementLines = lines.arrayElementLines(path);
      int keyLine = lines.keyLine(path);
      if (!items.isArray()) {
        report(reported, "dependency group '" + group + "' must be an array", keyLine);
        items = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
      }
      for (int i = 0; i < items.size(); i++) {
        JsonNode item = items.get(i);
        int line = i < elementLines.size() ? elementLines.get(i) : keyLine;
        if (item.isTextual()) {
          result.add(new Entry(item.asText(), line));
          continue;
        }
        String include = ManifestFiles.string(item, "include-group");
        if (include == null) {
          report(reported, "dependency group '" + group + "': an entry must be a requirement string or "
              + "{include-group = \"name\"}, not " + item, line);
          continue;
        }
        String target = byCanonical.get(ManifestFiles.canonical(include));
        if (target == null) {
          report(reported, "dependency group '" + group + "' includes unknown group '" + include + "'", line);
        } else if (visiting.contains(target)) {
          report(reported, "dependency group '" + group + "' includes '" + include + "', which leads back to '"
              + group + "' (a cycle)", line);
        } else {
          result.addAll(expand(target, groups, byCanonical, visiting, reported));
        }
      }
      visiting.remove(group);
      return result;
    }

    private void report(Set<String> reported, String message, int line) {
      if (reported.add(line + message)) {
        out.problem(message, line);
      }
    }

    // ---------------------------------------------------------------- Poetry

    void poetry() {
      JsonNode poetry = root.path("tool").path("poetry");
      Map<String, String> extras = new HashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = poetry.path("extras").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> extra = it.next();
        for (JsonNode n : extra.getValue()) {
          extras.putIfAbsent(ManifestFiles.canonical(n.asText()), extra.getKey());
        }
      }
      poetryTable(poetry.path("dependencies"), List.of("tool", "poetry", "dependencies"), Dependency.MAIN_SCOPE, extras);
      for (Iterator<Map.Entry<String, JsonNode>> it = poetry.path("group").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> group = it.next();
        poetryTable(group.getValue().path("dependencies"),
            List.of("tool", "poetry", "group", group.getKey(), "dependencies"), "group:" + group.getKey(), Map.of());
      }
      poetryTable(poetry.path("dev-dependencies"), List.of("tool", "poetry", "dev-dependencies"), "group:dev", Map.of());
    }

    private void poetryTable(JsonNode table, List<String> path, String scope, Map<String, String> extras) {
      for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String name = e.getKey();
        if (name.equalsIgnoreCase("python")) {
          continue; // the interpreter, not a package
        }
        List<String> keyPath = new ArrayList<>(path);
        keyPath.add(name);
        int line = lines.keyLine(keyPath);
        JsonNode value = e.getValue();
        if (value.isArray()) {
          for (JsonNode alternative : value) {
            poetryEntry(name, alternative, scope, extras, line);
          }
        } else {
          poetryEntry(name, value, scope, extras, line);
        }
      }
    }

    private void poetryEntry(String name, JsonNode value, String scope, Map<String, String> extras, int line) {
      String constraint;
      String marker = null;
      String entryScope = scope;
      if (value.isTextual()) {
        constraint = value.asText();
      } else if (value.isObject()) {
        String skip = value.path("develop").asBoolean(false) ? "editable install"
            : value.has("git") ? "VCS requirement"
            : value.has("path") ? "local path"
            : value.has("url") ? "URL requirement"
            : null;
        if (skip != null) {
          out.skip(name, skip, line);
          return;
        }
        constraint = ManifestFiles.string(value, "version");
        marker = poetryMarker(value);
        if (value.path("optional").asBoolean(false) && scope.equals(Dependency.MAIN_SCOPE)) {
          String extra = extras.get(ManifestFiles.canonical(name));
          if (extra != null) {
            entryScope = "optional:" + extra;
          }
        }
      } else {
        out.problem("'" + name + "' must be a version constraint or a table", line);
        return;
      }
      PoetryConstraint.Translated t = PoetryConstraint.translate(constraint);
      out.add(new Dependency(name, t.pin(), t.specifier(), Collector.optional(marker), entryScope, out.at(line)));
    }

    /** {@code markers} and {@code python} (a Poetry constraint on python_version), joined with {@code and}. */
    private static String poetryMarker(JsonNode table) {
      List<String> parts = new ArrayList<>();
      String markers = ManifestFiles.string(table, "markers");
      if (markers != null && !markers.isBlank()) {
        parts.add(markers.strip());
      }
      String python = ManifestFiles.string(table, "python");
      if (python != null && !python.isBlank()) {
        PoetryConstraint.Translated t = PoetryConstraint.translate(python);
        if (!t.specifier().isEmpty() && !t.specifier().contains("|")) {
          for (String clause : t.specifier().split(",")) {
            String op = clause.replaceAll("^(===|==|!=|~=|>=|<=|>|<).*", "$1");
            parts.add("python_version " + op + " \"" + clause.substring(op.length()) + "\"");
          }
        }
      }
      if (parts.size() <= 1) {
        return parts.isEmpty() ? null : parts.get(0);
      }
      return String.join(" and ", parts.stream().map(p -> p.contains(" or ") ? "(" + p + ")" : p).toList());
    }
  }

  private static String urlReason(String url) {
    if (url.matches("(?i)(git|hg|svn|bzr)\\+.*")) {
      return "VCS requirement";
    }
    if (url.regionMatches(true, 0, "file:", 0, 5)) {
      return "local path";
    }
    return "URL requirement";
  }
}
