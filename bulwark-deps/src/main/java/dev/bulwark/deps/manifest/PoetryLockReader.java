package dev.bulwark.deps.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.deps.manifest.internal.ManifestFiles;
import dev.bulwark.deps.manifest.internal.LockPackages;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code poetry.lock} (lock-version 1.1, 2.0 and 2.1). Each {@code [[package]]} is pinned at
 * its {@code version}. The scope comes from {@code groups} (2.1), else {@code category} (1.1), else
 * from the project's own requirements: packages reached from a group's direct requirements get
 * that group, those reached from the main ones stay main. Git, directory, file and URL sources are
 * skipped with their reason.
 */
public final class PoetryLockReader {

  private PoetryLockReader() {}

  /** Reads the lock alone: without lock-version 1.1's category or 2.1's groups, every package is main. */
  public static ManifestReading read(Path file) {
    return read(file, Map.of());
  }

  /**
   * Reads the lock; {@code directScopes} maps the canonical names of the project's direct requirements
   * to their Poetry group ({@code main}, {@code dev}, ...; from the pyproject.toml beside the lock),
   * for the locks that record neither groups nor category.
   */
  public static ManifestReading read(Path file, Map<String, String> directScopes) {
    return LockPackages.read(file, "package", packages -> {
      Map<String, String> walked = walk(packages, directScopes);
      return new LockPackages.Format() {
        @Override
        public String skipReason(JsonNode p) {
          return PoetryLockReader.skipReason(p);
        }

        @Override
        public LockPackages.Pin pin(int index, JsonNode p) {
          String group = group(p, walked.get(ManifestFiles.canonical(ManifestFiles.string(p, "name"))));
          return new LockPackages.Pin(marker(p, group), scope(group));
        }
      };
    });
  }

  private static String skipReason(JsonNode p) {
    if (p.path("develop").asBoolean(false)) {
      return "editable install";
    }
    String type = ManifestFiles.string(p.path("source"), "type");
    if (type == null) {
      return null;
    }
    switch (type) {
      case "git":
        return "VCS requirement";
      case "directory":
      case "file":
        return "local path";
      case "url":
        return "URL requirement";
      default:
        return null; // "legacy": another package index, the version is still a PyPI-style release
    }
  }

  /** The Poetry group the package belongs to: main when it is in main at all. */
  private static String group(JsonNode p, String walked) {
    JsonNode groups = p.get("groups");
    if (groups != null && groups.isArray() && groups.size() > 0) {
      for (JsonNode g : groups) {
        if (g.asText().equals("main")) {
          return "main";
        }
      }
      return groups.get(0).asText();
    }
    String category = ManifestFiles.string(p, "category");
    if (category != null) {
      return category;
    }
    return walked != null ? walked : "main";
  }

  private static String scope(String group) {
    return group.equals("main") ? Dependency.MAIN_SCOPE : "group:" + group;
  }

  /** The marker, a string, or in Poetry 2 possibly a table of markers per group. */
  private static String marker(JsonNode p, String group) {
    JsonNode m = p.get("markers");
    if (m == null) {
      return null;
    }
    if (m.isTextual()) {
      return m.asText();
    }
    if (m.isObject()) {
      JsonNode forGroup = m.get(group);
      return forGroup != null && forGroup.isTextual() ? forGroup.asText() : null;
    }
    return null;
  }

  /**
   * For locks without groups: the group of each package, reached along {@code [package.dependencies]}
   * from the direct requirements; main first, so a package both main and dev is main.
   */
  private static Map<String, String> walk(JsonNode packages, Map<String, String> directScopes) {
    Map<String, String> scopes = new HashMap<>();
    if (directScopes.isEmpty()) {
      return scopes;
    }
    Map<String, List<String>> edges = new HashMap<>();
    for (JsonNode p : packages) {
      String name = ManifestFiles.string(p, "name");
      if (name == null) {
        continue;
      }
      List<String> to = new ArrayList<>();
      for (Iterator<String> it = p.path("dependencies").fieldNames(); it.hasNext(); ) {
        to.add(ManifestFiles.canonical(it.next()));
      }
      edges.computeIfAbsent(ManifestFiles.canonical(name), k -> new ArrayList<>()).addAll(to);
    }
    List<String> order = new ArrayList<>();
    order.add("main");
    directScopes.values().stream().filter(s -> !s.equals("main")).distinct().sorted().forEach(order::add);
    for (String group : order) {
      Deque<String> queue = new ArrayDeque<>();
      directScopes.forEach((name, g) -> {
        if (g.equals(group)) {
          queue.add(name);
        }
      });
      while (!queue.isEmpty()) {
        String name = queue.removeFirst();
        if (scopes.putIfAbsent(name, group) == null) {
          queue.addAll(edges.getOrDefault(name, List.of()));
        }
      }
    }
    return scopes;
  }
}
