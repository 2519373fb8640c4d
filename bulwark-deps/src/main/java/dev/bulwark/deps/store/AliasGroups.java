package dev.bulwark.deps.store;

import dev.bulwark.deps.advisory.OsvRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups ids that name the same vulnerability: the transitive closure of "X lists Y as an alias",
 * treating each record's own id as one of its aliases. A group is named by its preferred id
 * ({@link #preference}): PYSEC, then GHSA, then CVE, then any other, the smallest in text order
 * among equals.
 */
public final class AliasGroups {

  /** Orders ids by how well they name a group: PYSEC first, then GHSA, CVE, the rest; then by text. */
  public static final Comparator<String> PREFERENCE =
      Comparator.comparingInt(AliasGroups::rank).thenComparing(Comparator.naturalOrder());

  private AliasGroups() {}

  /** Group name to its sorted members, for every group of two or more ids. */
  public static Map<String, List<String>> of(Collection<OsvRecord> records) {
    Map<String, String> parent = new HashMap<>();
    for (OsvRecord r : records) {
      find(parent, r.id());
      for (String alias : r.aliases()) {
        union(parent, r.id(), alias);
      }
    }
    Map<String, List<String>> byRoot = new HashMap<>();
    for (String id : parent.keySet()) {
      byRoot.computeIfAbsent(find(parent, id), k -> new ArrayList<>()).add(id);
    }
    Map<String, List<String>> groups = new TreeMap<>();
    for (List<String> members : byRoot.values()) {
      if (members.size() > 1) {
        members.sort(PREFERENCE);
        groups.put(members.get(0), List.copyOf(members));
      }
    }
    return groups;
  }

  static int rank(String id) {
    if (id.startsWith("PYSEC-")) {
      return 0;
    }
    if (id.startsWith("GHSA-")) {
      return 1;
    }
    if (id.startsWith("CVE-")) {
      return 2;
    }
    return 3;
  }

  private static String find(Map<String, String> parent, String id) {
    String root = id;
    String up;
    while ((up = parent.putIfAbsent(root, root)) != null && !up.equals(root)) {
      root = up;
    }
    // path compression keeps later look-ups short
    String at = id;
    while (!at.equals(root)) {
      String next = parent.get(at);
      parent.put(at, root);
      at = next;
    }
    return root;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(rb, ra);
    }
  }
}
