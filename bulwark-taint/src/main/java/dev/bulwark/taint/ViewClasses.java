package dev.bulwark.taint;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.semantic.SemanticModel;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Class-based views of Django and Django REST framework: classes deriving, directly or through
 * classes of the same module, from the frameworks' view classes. The framework builds one instance
 * per request and keeps the URL's parameters in {@code self.kwargs} and {@code self.args}, and calls
 * the method named for the HTTP verb with the request and the same parameters ({@code def get(self,
 * request, pk)}), so both hold what the client sent.
 */
final class ViewClasses {
  private ViewClasses() {}

  /** Packages whose classes (their submodules' too) are views. */
  private static final Set<String> VIEW_MODULES = Set.of("django.views",
      "rest_framework.views", "rest_framework.generics", "rest_framework.viewsets", "rest_framework.mixins");

  /** The attributes of a view instance that hold the URL's parameters. */
  static final Set<String> URL_ATTRIBUTES = Set.of("kwargs", "args");

  /** The methods a view runs for an HTTP verb, with the request and the URL's parameters. */
  private static final Set<String> VERB_METHODS = Set.of("get", "post", "put", "patch", "delete", "head",
      "options", "trace", "list", "create", "retrieve", "update", "partial_update", "destroy");

  private static final int MAX_DEPTH = 6;

  /** Whether {@code cls} (a class of the module {@code model} describes) is a Django or DRF view. */
  static boolean isView(Stmt.ClassDef cls, SemanticModel model, Map<String, Stmt.ClassDef> moduleClasses) {
    // by identity: a class's record hash would walk its whole body on every visit
    return isView(cls, model, moduleClasses, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
  }

  private static boolean isView(Stmt.ClassDef cls, SemanticModel model, Map<String, Stmt.ClassDef> moduleClasses,
      Set<Stmt.ClassDef> seen, int depth) {
    if (depth > MAX_DEPTH || !seen.add(cls)) {
      return false;
    }
    for (Expr base : cls.bases()) {
      String q = model.qualifiedName(base, model.moduleScope()).orElse(null);
      if (q != null && isFrameworkView(q)) {
        return true;
      }
      Stmt.ClassDef local = base instanceof Expr.Name n && model.lookup(n.id(), model.moduleScope()) == model.moduleScope()
          ? moduleClasses.get(n.id()) : null;
      if (local != null && isView(local, model, moduleClasses, seen, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the qualified name {@code q} is one of a framework's view classes (or lies in their packages). */
  static boolean isFrameworkView(String q) {
    return VIEW_MODULES.stream().anyMatch(m -> q.startsWith(m + "."));
  }

  /** Whether {@code def} is the method a view runs for an HTTP verb (or a DRF viewset action, extra actions too). */
  static boolean isVerbMethod(Stmt def) {
    return VERB_METHODS.contains(Defs.name(def)) && Defs.decorators(def).isEmpty() || isAction(def);
  }

  /**
   * Whether {@code def} is an extra action of a DRF viewset ({@code @action(detail=True)} over
   * {@code def publish(self, request, pk=None)}): the router routes it like the standard actions. Read
   * by the decorator's name alone, which is enough inside a class already known as a view.
   */
  private static boolean isAction(Stmt def) {
    for (Expr d : Defs.decorators(def)) {
      Expr f = d instanceof Expr.Call c ? c.func() : d;
      if (f instanceof Expr.Name n && n.id().equals("action") || f instanceof Expr.Attribute a && a.attr().equals("action")) {
        return true;
      }
    }
    return false;
  }
}
