package dev.bulwark.taint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Operations on the state of a body's analysis (what each local name, attribute chain, dict key and
 * list element holds): the join where control flow meets, the test that ends the fixed point, and
 * forgetting what is known per key of a dict.
 */
final class TaintStates {

  private TaintStates() {}

  static Map<String, Taint> join(Map<String, Taint> a, Map<String, Taint> b) {
    if (a == null) {
      return new HashMap<>(b);
    }
    Map<String, Taint> r = new HashMap<>(a);
    b.forEach((k, v) -> r.merge(k, v, Taint::merge));
    ListShapes.join(a, b, r);
    forgetUnsharedKeys(a, b, r);
    return r;
  }

  /**
   * What is known per key of a dict holds after a join only if both sides know it: a side where the
   * name was bound to something else ({@code d = {}} or {@code d = request.args.to_dict()}) has no
   * per-key record, and its taint is the whole dict's.
   */
  private static void forgetUnsharedKeys(Map<String, Taint> a, Map<String, Taint> b, Map<String, Taint> r) {
    List<String> dicts = new ArrayList<>();
    for (String k : r.keySet()) {
      if (k.endsWith("[*]") && (!a.containsKey(k) || !b.containsKey(k))) {
        dicts.add(k.substring(0, k.length() - 3));
      }
    }
    dicts.forEach(d -> forgetKeys(d, r));
  }

  static boolean sameShape(Map<String, Taint> a, Map<String, Taint> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<String, Taint> e : a.entrySet()) {
      if (!Taint.sameShape(e.getValue(), b.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** Forgets what is known per key of {@code name}. */
  static void forgetKeys(String name, Map<String, Taint> st) {
    if (st.remove(name + "[*]") != null) {
      st.keySet().removeIf(k -> k.startsWith(name + "["));
    }
  }
}
