package dev.bulwark.taint;

import dev.bulwark.python.ast.Arg;
import dev.bulwark.python.ast.ExceptHandler;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.MatchCase;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.semantic.Binding;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facts about objects read off a function's source: the attribute chains of its parameters its
 * return statements read, the parameters a constructor keeps as attributes, the classes a factory
 * makes, the nested function it returns. They let a caller in another module know that
 * {@code wrapper.param("q")} reads {@code .form} off the request object the wrapper was built with,
 * or that {@code make()} returns an instance of one of two known classes.
 */
final class ObjectPaths {
  private ObjectPaths() {}

  /** Longest attribute chain followed: longer ones are not worth the summary's room. */
  static final int MAX_PATH = 4;
  private static final int MAX_DEPTH = 6;

  /** The statements of {@code body}, those inside compound statements too, not those of nested definitions. */
  static List<Stmt> statements(List<Stmt> body) {
    List<Stmt> out = new ArrayList<>();
    walk(body, out);
    return out;
  }

  private static void walk(List<Stmt> body, List<Stmt> out) {
    for (Stmt s : body) {
      out.add(s);
      if (s instanceof Stmt.If i) {
        walk(i.body(), out);
        walk(i.orelse(), out);
      } else if (s instanceof Stmt.For f) {
        walk(f.body(), out);
        walk(f.orelse(), out);
      } else if (s instanceof Stmt.AsyncFor f) {
        walk(f.body(), out);
        walk(f.orelse(), out);
      } else if (s instanceof Stmt.While w) {
        walk(w.body(), out);
        walk(w.orelse(), out);
      } else if (s instanceof Stmt.With w) {
        walk(w.body(), out);
      } else if (s instanceof Stmt.AsyncWith w) {
        walk(w.body(), out);
      } else if (s instanceof Stmt.Try t) {
        walk(t.body(), out);
        for (ExceptHandler h : t.handlers()) {
          walk(h.body(), out);
        }
        walk(t.orelse(), out);
        walk(t.finalbody(), out);
      } else if (s instanceof Stmt.TryStar t) {
        walk(t.body(), out);
        for (ExceptHandler h : t.handlers()) {
          walk(h.body(), out);
        }
        walk(t.orelse(), out);
        walk(t.finalbody(), out);
      } else if (s instanceof Stmt.Match m) {
        for (MatchCase c : m.cases()) {
          walk(c.body(), out);
        }
      }
    }
  }

  /** The values {@code def} returns. */
  static List<Expr> returned(Stmt def) {
    List<Expr> out = new ArrayList<>();
    for (Stmt s : statements(Defs.body(def))) {
      if (s instanceof Stmt.Return r && r.value() != null) {
        out.add(r.value());
      }
    }
    return out;
  }

  private static Map<String, Integer> paramIndex(Stmt def) {
    Map<String, Integer> index = new HashMap<>();
    List<Arg> params = Defs.parameters(def);
    for (int i = 0; i < params.size(); i++) {
      index.put(params.get(i).arg(), i);
    }
    return index;
  }

  /** The attribute chains of parameters that {@code def}'s return statements read. */
  static List<ObjectSummary.Read> returnedReads(Stmt def, SemanticModel model) {
    Scope scope = model.scopeOf(def);
    Map<String, Integer> params = paramIndex(def);
    Set<ObjectSummary.Read> out = new LinkedHashSet<>();
    for (Expr e : returned(def)) {
      reads(e, List.of(), scope, model, params, out, 0);
    }
    return List.copyOf(out);
  }

  private static void reads(Expr e, List<String> suffix, Scope scope, SemanticModel model,
      Map<String, Integer> params, Set<ObjectSummary.Read> out, int depth) {
    if (e == null || depth > MAX_DEPTH || suffix.size() > MAX_PATH) {
      return;
    }
    if (e instanceof Expr.Name n) {
      Integer i = params.get(n.id());
      if (i != null && model.lookup(n.id(), scope) == scope) {
        if (!suffix.isEmpty()) {
          out.add(new ObjectSummary.Read(i, suffix));
        }
        return;
      }
      model.boundValue(n.id(), scope).filter(b -> b.scope() == scope)
          .ifPresent(b -> reads(b.value(), suffix, scope, model, params, out, depth + 1));
    } else if (e instanceof Expr.Attribute a) {
      reads(a.value(), prepend(a.attr(), suffix), scope, model, params, out, depth + 1);
    } else if (e instanceof Expr.Call c && c.func() instanceof Expr.Attribute fa) {
      reads(fa.value(), prepend(fa.attr() + "()", suffix), scope, model, params, out, depth + 1);
    } else if (e instanceof Expr.Subscript s) {
      reads(s.value(), prepend("[]", suffix), scope, model, params, out, depth + 1);
    } else if (e instanceof Expr.BinOp b) {
      reads(b.left(), suffix, scope, model, params, out, depth + 1);
      reads(b.right(), suffix, scope, model, params, out, depth + 1);
    } else if (e instanceof Expr.BoolOp b) {
      b.values().forEach(v -> reads(v, suffix, scope, model, params, out, depth + 1));
    } else if (e instanceof Expr.IfExp i) {
      reads(i.body(), suffix, scope, model, params, out, depth + 1);
      reads(i.orelse(), suffix, scope, model, params, out, depth + 1);
    } else if (e instanceof Expr.JoinedStr j) {
      j.values().forEach(v -> reads(v, suffix, scope, model, params, out, depth + 1));
    } else if (e instanceof Expr.FormattedValue f) {
      reads(f.value(), suffix, scope, model, params, out, depth + 1);
    } else if (e instanceof Expr.Await a) {
      reads(a.value(), suffix, scope, model, params, out, depth + 1);
    }
  }

  private static List<String> prepend(String head, List<String> tail) {
    List<String> r = new ArrayList<>(tail.size() + 1);
    r.add(head);
    r.addAll(tail);
    return r;
  }

  /**
   * For a constructor: the attributes of {@code self} that it sets to one of its parameters as given
   * ({@code self.request = request}), each with that parameter's index. An attribute set to two
   * different things is left out.
   */
  static Map<String, Integer> stores(Stmt init) {
    String self = Defs.selfName(init);
    Map<String, Integer> params = paramIndex(init);
    Map<String, Integer> out = new HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    for (Stmt s : statements(Defs.body(init))) {
      Expr target = null;
      Expr value = null;
      if (s instanceof Stmt.Assign a && a.targets().size() == 1) {
        target = a.targets().get(0);
        value = a.value();
      } else if (s instanceof Stmt.AnnAssign a) {
        target = a.target();
        value = a.value();
      }
      if (!(target instanceof Expr.Attribute t) || !(t.value() instanceof Expr.Name n) || !n.id().equals(self)) {
        continue;
      }
      Integer p = value instanceof Expr.Name v ? params.get(v.id()) : null;
      if (p == null || p == 0 || (out.containsKey(t.attr()) && !out.get(t.attr()).equals(p))) {
        ambiguous.add(t.attr());
      } else {
        out.put(t.attr(), p);
      }
    }
    out.keySet().removeAll(ambiguous);
    return out;
  }

  /**
   * The qualified names of the classes whose instances {@code def} returns ({@code return Impl()}, or a
   * name bound once to such a call), for a factory. Calls of builtins are not classes of interest.
   */
  static Set<String> returnedClasses(Stmt def, SemanticModel model) {
    Scope scope = model.scopeOf(def);
    Set<String> out = new LinkedHashSet<>();
    for (Expr e : returned(def)) {
      Expr v = e;
      if (v instanceof Expr.Name n) {
        v = model.boundValue(n.id(), scope).map(SemanticModel.BoundValue::value).orElse(null);
      }
      if (v instanceof Expr.Call c && isClass(c.func(), scope, model)) {
        model.qualifiedName(c.func(), scope).ifPresent(out::add);
      }
    }
    return out;
  }

  /** Whether {@code func} names a class: defined in this module, or imported under a capitalised name. */
  private static boolean isClass(Expr func, Scope scope, SemanticModel model) {
    String q = model.qualifiedName(func, scope).orElse(null);
    if (q == null || q.startsWith("builtins.")) {
      return false;
    }
    if (func instanceof Expr.Name n) {
      Scope where = model.lookup(n.id(), scope);
      List<Binding> bs = where == null ? List.of() : where.bindings(n.id());
      if (bs.size() == 1 && bs.get(0) instanceof Binding.Definition d) {
        return d.node() instanceof Stmt.ClassDef;
      }
    }
    String last = q.substring(q.lastIndexOf('.') + 1);
    return !last.isEmpty() && Character.isUpperCase(last.charAt(0));
  }

  /** The function defined directly in {@code def} and returned by name (a closure), or null. */
  static Stmt returnedFunction(Stmt def) {
    Stmt found = null;
    for (Expr e : returned(def)) {
      if (!(e instanceof Expr.Name n)) {
        return null;
      }
      Stmt inner = null;
      for (Stmt s : statements(Defs.body(def))) {
        if (n.id().equals(Defs.name(s))) {
          if (inner != null) {
            return null;
          }
          inner = s;
        }
      }
      if (inner == null || (found != null && found != inner)) {
        return null;
      }
      found = inner;
    }
    return found;
  }

  /**
   * The calls of a parameter with parameters as arguments, in a return statement or as a statement of
   * their own ({@code return fn(value)}, {@code callback(item)}): what the function does with a callback.
   */
  static List<ObjectSummary.Invoke> invokes(Stmt def, SemanticModel model) {
    Scope scope = model.scopeOf(def);
    Map<String, Integer> params = paramIndex(def);
    List<ObjectSummary.Invoke> out = new ArrayList<>();
    for (Stmt s : statements(Defs.body(def))) {
      Expr value = s instanceof Stmt.Return r ? r.value() : s instanceof Stmt.Expr e ? e.value() : null;
      if (value instanceof Expr.Await a) {
        value = a.value();
      }
      if (!(value instanceof Expr.Call c) || !(c.func() instanceof Expr.Name f) || !c.keywords().isEmpty()
          || !params.containsKey(f.id()) || model.lookup(f.id(), scope) != scope) {
        continue;
      }
      List<Integer> args = new ArrayList<>();
      for (Expr arg : c.args()) {
        Integer i = arg instanceof Expr.Name n && model.lookup(n.id(), scope) == scope ? params.get(n.id()) : null;
        if (i == null) {
          args = null;
          break;
        }
        args.add(i);
      }
      if (args != null) {
        out.add(new ObjectSummary.Invoke(params.get(f.id()), args, s instanceof Stmt.Return));
      }
    }
    return out;
  }

  /** How a method of a class is bound, by its decorators; null when a decorator makes it something else. */
  static ObjectSummary.Binding binding(Stmt def, SemanticModel model) {
    List<Expr> decorators = Defs.decorators(def);
    if (decorators.isEmpty()) {
      return ObjectSummary.Binding.PLAIN;
    }
    if (decorators.size() == 1) {
      String q = model.qualifiedName(decorators.get(0), model.scopeOf(def)).orElse("");
      if (q.equals("builtins.staticmethod") || q.equals("staticmethod")) {
        return ObjectSummary.Binding.STATIC;
      }
      if (q.equals("builtins.classmethod") || q.equals("classmethod")) {
        return ObjectSummary.Binding.CLASS;
      }
    }
    return null;
  }
}
