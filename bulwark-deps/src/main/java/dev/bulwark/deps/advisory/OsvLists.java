package dev.bulwark.deps.advisory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Absent lists become empty ones, so records never hold null lists; null elements are dropped. */
final class OsvLists {

  private OsvLists() {}

  static <T> List<T> copy(List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      if (t != null) {
        out.add(t);
      }
    }
    return Collections.unmodifiableList(out);
  }
}
