package dev.bulwark.taint;

import dev.bulwark.python.ast.Arg;
import dev.bulwark.python.ast.ExceptHandler;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.MatchCase;
import dev.bulwark.python.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Facts read off function definitions, plain or async, that the analysis asks about often. */
final class Defs {
  private Defs() {}

  /** The name a statement defines when it is a function definition, else null. */
  static String name(Stmt s) {
    if (s instanceof Stmt.FunctionDef f) {
      return f.name();
    }
    if (s instanceof Stmt.AsyncFunctionDef f) {
      return f.name();
    }
    return null;
  }

  /** The name of a method's first parameter ({@code self}), or null. */
  static String selfName(Stmt def) {
    List<Arg> params = parameters(def);
    return params.isEmpty() ? null : params.get(0).arg();
  }

  /** The function {@code name} when {@code cls} defines it exactly once; else null. */
  static Stmt definedOnce(Stmt.ClassDef cls, String name) {
    Stmt found = null;
    for (Stmt m : cls.body()) {
      if (name.equals(name(m))) {
        if (found != null) {
          return null;
        }
        found = m;
      }
    }
    return found;
  }

  /** The decorators of a function definition. */
  static List<Expr> decorators(Stmt def) {
    return def instanceof Stmt.FunctionDef f ? f.decoratorList() : ((Stmt.AsyncFunctionDef) def).decoratorList();
  }

  /** The parameters of a signature (a definition's or a lambda's), positional-only, positional and keyword-only. */
  static List<Arg> parameters(dev.bulwark.python.ast.Arguments args) {
    List<Arg> all = new ArrayList<>(args.posonlyargs());
    all.addAll(args.args());
    all.addAll(args.kwonlyargs());
    return all;
  }

  /** The statements of a function definition. */
  static List<Stmt> body(Stmt def) {
    return def instanceof Stmt.FunctionDef f ? f.body() : ((Stmt.AsyncFunctionDef) def).body();
  }

  /** The parameters of a function definition. */
  static List<Arg> parameters(Stmt def) {
    return parameters(def instanceof Stmt.FunctionDef f ? f.args() : ((Stmt.AsyncFunctionDef) def).args());
  }

  /** Every function defined in {@code body}, nested ones too, noting in {@code methodOf} the class of each method. */
  static void collect(List<Stmt> body, List<Stmt> out, Map<Stmt, Stmt.ClassDef> methodOf) {
    for (Stmt s : body) {
      if (s instanceof Stmt.FunctionDef f) {
        out.add(s);
        collect(f.body(), out, methodOf);
      } else if (s instanceof Stmt.AsyncFunctionDef f) {
        out.add(s);
        collect(f.body(), out, methodOf);
      } else if (s instanceof Stmt.ClassDef c) {
        for (Stmt m : c.body()) {
          if (m instanceof Stmt.FunctionDef || m instanceof Stmt.AsyncFunctionDef) {
            methodOf.put(m, c);
          }
        }
        collect(c.body(), out, methodOf);
      } else if (s instanceof Stmt.If i) {
        collect(i.body(), out, methodOf);
        collect(i.orelse(), out, methodOf);
      } else if (s instanceof Stmt.Try t) {
        collect(t.body(), out, methodOf);
        for (ExceptHandler h : t.handlers()) {
          collect(h.body(), out, methodOf);
        }
        collect(t.orelse(), out, methodOf);
        collect(t.finalbody(), out, methodOf);
      } else if (s instanceof Stmt.With w) {
        collect(w.body(), out, methodOf);
      } else if (s instanceof Stmt.For f) {
        collect(f.body(), out, methodOf);
      } else if (s instanceof Stmt.While w) {
        collect(w.body(), out, methodOf);
      } else if (s instanceof Stmt.Match m) {
        for (MatchCase c : m.cases()) {
          collect(c.body(), out, methodOf);
        }
      }
    }
  }
}
