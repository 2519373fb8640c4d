package dev.bulwark.deps.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.deps.manifest.internal.ManifestFiles;
import dev.bulwark.deps.manifest.internal.LockPackages;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code uv.lock}. Each {@code [[package]]} is pinned at its {@code version}; editable,
 * virtual, git, path, directory and URL sources are skipped with their reason (the project itself
 * is one of them). The project's packages (editable or virtual sources) are the roots of the
 * dependency graph: what their {@code dependencies} reach is main, what only an extra of
 * {@code [package.optional-dependencies]} reaches is {@code optional:<extra>}, what only a group of
 * {@code [package.dev-dependencies]} reaches is {@code group:<name>}.
 *
 * <p>uv puts markers on the edges of a universal lock. A package applies where at least one path
 * from a root applies, so its marker is the {@code or}, over the paths, of the {@code and} of the
 * markers along each path; a package with an unconditional path has none.
 */
public final class UvLockReader {

  /** More alternative paths than this and the marker is dropped: the package is then audited everywhere. */
  private static final int MAX_ALTERNATIVES = 8;

  private UvLockReader() {}

  /** One dependency edge: the target's name (and version, when the lock has several), and its marker. */
  private record Edge(String target, String version, String marker, List<String> extras) {}

  public static ManifestReading read(Path file) {
    return LockPackages.read(file, "package", UvLockReader::format);
  }

  /** The roots, scopes and markers come from the whole graph, before any entry is pinned. */
  private static LockPackages.Format format(JsonNode packages) {
    int n = packages.size();
    Map<String, List<Integer>> byName = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String name = ManifestFiles.string(packages.get(i), "name");
      if (name != null) {
        byName.computeIfAbsent(ManifestFiles.canonical(name), k -> new ArrayList<>()).add(i);
      }
    }
    List<Integer> roots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      JsonNode source = packages.get(i).path("source");
      if (source.has("editable") || source.has("virtual")) {
        roots.add(i);
      }
    }
    String[] scopes = scopes(packages, roots, byName);
    List<Set<Set<String>>> conditions = conditions(packages, roots, byName);
    return new LockPackages.Format() {
      @Override
      public String skipReason(JsonNode p) {
        return UvLockReader.skipReason(p.path("source"));
      }

      @Override
      public LockPackages.Pin pin(int index, JsonNode p) {
        String scope = scopes[index] != null ? scopes[index] : Dependency.MAIN_SCOPE;
        return new LockPackages.Pin(marker(conditions.get(index)), scope);
      }
    };
  }

  private static String skipReason(JsonNode source) {
    if (source.has("editable")) {
      return "editable install";
    }
    if (source.has("virtual")) {
      return "virtual project (no release)";
    }
    if (source.has("git")) {
      return "VCS requirement";
    }
    if (source.has("path") || source.has("directory")) {
      return "local path";
    }
    if (source.has("url")) {
      return "URL requirement";
    }
    return null;
  }

  /** The edges of {@code list} (an array of inline tables). */
  private static List<Edge> edges(JsonNode list) {
    List<Edge> out = new ArrayList<>();
    for (JsonNode e : list) {
      String name = ManifestFiles.string(e, "name");
      if (name != null) {
        List<String> extras = new ArrayList<>();
        e.path("extra").forEach(x -> extras.add(x.asText()));
        out.add(new Edge(ManifestFiles.canonical(name), ManifestFiles.string(e, "version"),
            ManifestFiles.string(e, "marker"), extras));
      }
    }
    return out;
  }

  /** Every edge out of package {@code p}: its dependencies and those of all its extras and groups. */
  private static List<Edge> allEdges(JsonNode p) {
    List<Edge> out = new ArrayList<>(edges(p.path("dependencies")));
    for (String table : List.of("optional-dependencies", "dev-dependencies")) {
      for (Iterator<JsonNode> it = p.path(table).elements(); it.hasNext(); ) {
        out.addAll(edges(it.next()));
      }
    }
    return out;
  }

  private static List<Integer> targets(Edge e, Map<String, List<Integer>> byName, JsonNode packages) {
    List<Integer> all = byName.getOrDefault(e.target, List.of());
    if (e.version == null || all.size() <= 1) {
      return all;
    }
    return all.stream().filter(i -> e.version.equals(ManifestFiles.string(packages.get(i), "version"))).toList();
  }

  /** The scope of each package: main first, then each extra, then each group, in file order. */
  private static String[] scopes(JsonNode packages, List<Integer> roots, Map<String, List<Integer>> byName) {
    String[] scopes = new String[packages.size()];
    Map<String, List<Edge>> starts = new LinkedHashMap<>();
    List<Edge> main = new ArrayList<>();
    for (int r : roots) {
      main.addAll(edges(packages.get(r).path("dependencies")));
    }
    starts.put(Dependency.MAIN_SCOPE, main);
    for (String table : List.of("optional-dependencies", "dev-dependencies")) {
      String prefix = table.equals("optional-dependencies") ? "optional:" : "group:";
      for (int r : roots) {
        for (Iterator<Map.Entry<String, JsonNode>> it = packages.get(r).path(table).fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> group = it.next();
          starts.computeIfAbsent(prefix + group.getKey(), k -> new ArrayList<>()).addAll(edges(group.getValue()));
        }
      }
    }
    for (Map.Entry<String, List<Edge>> start : starts.entrySet()) {
      Deque<Edge> queue = new ArrayDeque<>(start.getValue());
      while (!queue.isEmpty()) {
        Edge edge = queue.removeFirst();
        for (int i : targets(edge, byName, packages)) {
          // the extras an edge asks for bring the target's optional dependencies along, in the same scope
          for (String extra : edge.extras) {
            queue.addAll(edges(packages.get(i).path("optional-dependencies").path(extra)));
          }
          if (scopes[i] != null) {
            continue;
          }
          scopes[i] = start.getKey();
          queue.addAll(edges(packages.get(i).path("dependencies")));
        }
      }
    }
    return scopes;
  }

  /**
   * For each package, the conjunctions of edge markers along the paths that reach it from a root
   * (a set of alternatives, each a set of markers); an empty conjunction means "always".
   */
  private static List<Set<Set<String>>> conditions(JsonNode packages, List<Integer> roots,
      Map<String, List<Integer>> byName) {
    List<Set<Set<String>>> conditions = new ArrayList<>();
    List<List<Edge>> out = new ArrayList<>();
    for (int i = 0; i < packages.size(); i++) {
      conditions.add(new HashSet<>());
      out.add(allEdges(packages.get(i)));
    }
    record Step(int node, Set<String> condition) {}
    Deque<Step> work = new ArrayDeque<>();
    for (int r : roots) {
      for (Edge e : out.get(r)) {
        for (int t : targets(e, byName, packages)) {
          work.add(new Step(t, with(Set.of(), e.marker)));
        }
      }
    }
    while (!work.isEmpty()) {
      Step step = work.removeFirst();
      if (!addCondition(conditions.get(step.node), step.condition)) {
        continue;
      }
      Set<String> now = conditions.get(step.node).contains(Set.of()) ? Set.of() : step.condition;
      for (Edge e : out.get(step.node)) {
        for (int t : targets(e, byName, packages)) {
          work.add(new Step(t, with(now, e.marker)));
        }
      }
    }
    return conditions;
  }

  private static Set<String> with(Set<String> condition, String marker) {
    if (marker == null || marker.isBlank()) {
      return condition;
    }
    Set<String> out = new TreeSet<>(condition);
    out.add(marker.strip());
    return out;
  }

  /** Adds an alternative unless one already there implies it; false when nothing changed. */
  private static boolean addCondition(Set<Set<String>> alternatives, Set<String> condition) {
    if (alternatives.contains(Set.of())) {
      return false;
    }
    for (Set<String> existing : alternatives) {
      if (condition.containsAll(existing)) {
        return false; // the new path is at least as narrow as one already known
      }
    }
    alternatives.removeIf(existing -> existing.containsAll(condition));
    alternatives.add(condition.isEmpty() ? Set.of() : condition);
    if (alternatives.size() > MAX_ALTERNATIVES) {
      alternatives.clear();
      alternatives.add(Set.of());
    }
    return true;
  }

  private static String marker(Set<Set<String>> alternatives) {
    if (alternatives.isEmpty() || alternatives.contains(Set.of())) {
      return null;
    }
    List<String> ors = new ArrayList<>();
    for (Set<String> and : alternatives) {
      List<String> parts = and.stream().map(m -> and.size() > 1 || alternatives.size() > 1 ? "(" + m + ")" : m).toList();
      ors.add(String.join(" and ", parts));
    }
    ors.sort(null);
    return ors.size() == 1 ? ors.get(0)
        : String.join(" or ", ors.stream().map(o -> o.contains(" and ") ? "(" + o + ")" : o).toList());
  }
}
