package dev.bulwark.deps.store;

import dev.bulwark.deps.requirement.PackageName;
import dev.bulwark.deps.advisory.OsvAffected;
import dev.bulwark.deps.advisory.OsvRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The package index of a store: PEP 503 name to the ids of every record with a PyPI entry for it. */
final class StoreIndex {

  private StoreIndex() {}

  static Map<String, List<String>> byPackage(Collection<OsvRecord> records) {
    Map<String, TreeSet<String>> index = new TreeMap<>();
    for (OsvRecord r : records) {
      for (OsvAffected a : r.affected()) {
        if (a.isPypi()) {
          index.computeIfAbsent(PackageName.canonical(a.pkg().name()), k -> new TreeSet<>()).add(r.id());
        }
      }
    }
    Map<String, List<String>> out = new TreeMap<>();
    index.forEach((name, ids) -> out.put(name, new ArrayList<>(ids)));
    return out;
  }
}
