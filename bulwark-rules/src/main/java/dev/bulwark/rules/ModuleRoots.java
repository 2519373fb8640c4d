package dev.bulwark.rules;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** The {@link Rule#requiredModules()} of a rule that matches a known list of qualified names. */
public final class ModuleRoots {
  private ModuleRoots() {}

  private static final String BUILTINS = "builtins";

  /**
   * The first parts of {@code qualifiedNames}: {@code {"random"}} for {@code random.random} and
   * {@code random.choice}. Empty, meaning "every file", when one of them is a builtin, which needs no import.
   */
  public static Set<String> of(Collection<String> qualifiedNames) {
    Set<String> roots = new HashSet<>();
    for (String name : qualifiedNames) {
      int dot = name.indexOf('.');
      String root = dot < 0 ? name : name.substring(0, dot);
      if (root.equals(BUILTINS)) {
        return Set.of();
      }
      roots.add(root);
    }
    return Set.copyOf(roots);
  }

  /** The roots of several lists of names, as {@link #of} does for one. */
  @SafeVarargs
  public static Set<String> of(Collection<String>... qualifiedNameLists) {
    Set<String> all = new HashSet<>();
    for (Collection<String> names : qualifiedNameLists) {
      Set<String> roots = of(names);
      if (roots.isEmpty()) {
        return Set.of();
      }
      all.addAll(roots);
    }
    return Set.copyOf(all);
  }
}
