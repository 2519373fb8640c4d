package dev.bulwark.semantic;

import dev.bulwark.python.ast.Node;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A Python scope: the module, a class body, a function or lambda, or a comprehension. */
public final class Scope {

  /** The kinds of scope, which decide how names are looked up through them. */
  public enum Kind { MODULE, CLASS, FUNCTION, LAMBDA, COMPREHENSION }

  private final Kind kind;
  private final Scope parent;
  private final Node node;
  private final Map<String, List<Binding>> bindings = new HashMap<>();
  private final Set<String> globals = new HashSet<>();
  private final Set<String> nonlocals = new HashSet<>();
  private final List<String> starImports = new java.util.ArrayList<>(0);

  Scope(Kind kind, Scope parent, Node node) {
    this.kind = kind;
    this.parent = parent;
    this.node = node;
  }

  public Kind kind() {
    return kind;
  }

  /** The enclosing scope, or null for the module. */
  public Scope parent() {
    return parent;
  }

  /** The node that opens this scope (the module, a def, a class, a lambda, a comprehension). */
  public Node node() {
    return node;
  }

  /** The bindings of {@code name} made directly in this scope, in source order. */
  public List<Binding> bindings(String name) {
    return bindings.getOrDefault(name, List.of());
  }

  /** The modules this scope imports everything from ({@code from m import *}), in source order. */
  public List<String> starImports() {
    return java.util.Collections.unmodifiableList(starImports);
  }

  public boolean isGlobal(String name) {
    return globals.contains(name);
  }

  public boolean isNonlocal(String name) {
    return nonlocals.contains(name);
  }

  void bind(String name, Binding binding) {
    bindings.computeIfAbsent(name, k -> new java.util.ArrayList<>(1)).add(binding);
  }

  void starImport(String module) {
    starImports.add(module);
  }

  void declareGlobal(String name) {
    globals.add(name);
  }

  void declareNonlocal(String name) {
    nonlocals.add(name);
  }

  /** The nearest enclosing scope that is not a comprehension (where a walrus target binds). */
  Scope nonComprehension() {
    Scope s = this;
    while (s.kind == Kind.COMPREHENSION && s.parent != null) {
      s = s.parent;
    }
    return s;
  }

  Scope module() {
    Scope s = this;
    while (s.parent != null) {
      s = s.parent;
    }
    return s;
  }
}
