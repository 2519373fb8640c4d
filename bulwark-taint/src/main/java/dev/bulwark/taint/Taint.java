package dev.bulwark.taint;

import dev.bulwark.python.ast.TextRange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is known about one tainted value: where the attacker data came from, the sink kinds it has
 * been made safe for, and the steps it took. During the analysis of a function a value may also
 * carry the function's own parameters it derives from ({@code params}), so that a summary can say
 * which parameters reach a return value or a sink.
 *
 * @param source how the attacker data entered, e.g. {@code request.args}; null when the value only
 *     derives from parameters
 * @param local whether the data comes only from the local user (command line, environment, console)
 *     rather than from a remote one (a request)
 * @param safeFor sink kinds a sanitizer made this value safe for
 * @param params indexes of the analysed function's parameters the value derives from
 * @param steps the path so far, source first
 */
public record Taint(String source, boolean local, Set<SinkKind> safeFor, Set<Integer> params, List<Step> steps) {

  /** Longer paths keep their first steps and their last ones; the middle is dropped. */
  private static final int MAX_STEPS = 24;

  /** One step of a path: where, and what happened there. */
  public record Step(TextRange range, String message) {}

  public Taint {
    safeFor = safeFor.isEmpty() ? EnumSet.noneOf(SinkKind.class) : EnumSet.copyOf(safeFor);
    params = Set.copyOf(params);
    steps = List.copyOf(steps);
  }

  /** Fresh attacker data read at {@code range}. */
  public static Taint source(String source, boolean local, TextRange range) {
    return new Taint(source, local, Set.of(), Set.of(), List.of(new Step(range, source + " read here")));
  }

  /** The value of parameter {@code index} of the function under analysis. */
  static Taint parameter(int index) {
    return new Taint(null, false, Set.of(), Set.of(index), List.of());
  }

  /** Whether this value is attacker data (not only derived from parameters). */
  public boolean attacker() {
    return source != null;
  }

  public boolean dangerousFor(SinkKind kind) {
    return !safeFor.contains(kind);
  }

  /** The same value after one more step. */
  public Taint step(TextRange range, String message) {
    List<Step> s = new ArrayList<>(steps);
    if (s.size() >= MAX_STEPS) {
      s.remove(MAX_STEPS / 2);
    }
    s.add(new Step(range, message));
    return new Taint(source, local, safeFor, params, s);
  }

  /** The same value made safe for more sink kinds; null when it is now safe for every kind. */
  public Taint sanitized(Set<SinkKind> kinds) {
    EnumSet<SinkKind> safe = EnumSet.noneOf(SinkKind.class);
    safe.addAll(safeFor);
    safe.addAll(kinds);
    if (safe.size() == SinkKind.values().length) {
      return null;
    }
    return new Taint(source, local, safe, params, steps);
  }

  /** A value that may be either: safe only where both are, from every parameter either derives from. */
  public static Taint merge(Taint a, Taint b) {
    if (a == null) {
      return b;
    }
    if (b == null || a.equals(b)) {
      return a;
    }
    EnumSet<SinkKind> safe = EnumSet.noneOf(SinkKind.class);
    safe.addAll(a.safeFor);
    safe.retainAll(b.safeFor);
    Set<Integer> params = new TreeSet<>(a.params);
    params.addAll(b.params);
    // the path shown is the most dangerous one: remote data before local data before parameters
    Taint first = rank(a) >= rank(b) ? a : b;
    return new Taint(first.source, first.local, safe, params, first.steps);
  }

  private static int rank(Taint t) {
    return t.source == null ? 0 : t.local ? 1 : 2;
  }

  /** Whether two values are alike for the analysis (paths aside); used to detect a fixpoint. */
  static boolean sameShape(Taint a, Taint b) {
    if (a == null || b == null) {
      return a == b;
    }
    return java.util.Objects.equals(a.source, b.source) && a.local == b.local && a.safeFor.equals(b.safeFor) && a.params.equals(b.params);
  }
}
