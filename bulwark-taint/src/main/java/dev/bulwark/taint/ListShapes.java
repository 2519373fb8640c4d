package dev.bulwark.taint;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.ExprContext;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.python.ast.TreeVisitor;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The taint of each element of a local list whose length is known: built by a literal, then changed
 * by {@code append}, {@code insert}, {@code pop}, {@code del lst[i]} and {@code lst[i] = x} with
 * constant indices, so that {@code lst[1]} stays clean beside a tainted {@code lst[0]}. Any other
 * change forgets the shape (the list's taint as a whole remains).
 *
 * <p>The facts live in the analysis state beside the names, so that they join like the rest:
 * {@code lst[#3]} holds the list's own taint when its shape was last known (the list is 3 long),
 * {@code lst[#0]}, {@code lst[#1]}, ... the taint of the elements that hold any. A shape is used only
 * when exactly one length reaches a point and the list's taint still is the one its shape was made
 * with: another way in that rebound the name differs there.
 *
 * <p>Only lists that never escape the function's own reach are tracked: a list aliased or used in a
 * nested function may change behind the analysis's back. Where two ways in with different lengths
 * meet, an element both have (a positive index below the shorter length) is still known.
 */
final class ListShapes {

  /** Longer lists are not tracked: a loop that appends would grow the state without end. */
  private static final int MAX_LENGTH = 32;
  /** The list's taint when it holds none: neutral in {@link Taint#merge}. */
  private static final Taint CLEAN = new Taint(null, false, EnumSet.allOf(SinkKind.class), Set.of(), List.of());
  /** The local lists whose shape may be followed. */
  private final Set<String> tracked;

  private ListShapes(Set<String> tracked) {
    this.tracked = tracked;
  }

  /** Whether a statement of {@code body} (nested functions and classes aside) binds a name to a list display. */
  private static boolean bindsList(List<Stmt> body) {
    for (Stmt s : body) {
      boolean found;
      if (s instanceof Stmt.Assign a) {
        found = a.value() instanceof Expr.List;
      } else if (s instanceof Stmt.If i) {
        found = bindsList(i.body()) || bindsList(i.orelse());
      } else if (s instanceof Stmt.For f) {
        found = bindsList(f.body()) || bindsList(f.orelse());
      } else if (s instanceof Stmt.AsyncFor f) {
        found = bindsList(f.body()) || bindsList(f.orelse());
      } else if (s instanceof Stmt.While w) {
        found = bindsList(w.body()) || bindsList(w.orelse());
      } else if (s instanceof Stmt.With w) {
        found = bindsList(w.body());
      } else if (s instanceof Stmt.AsyncWith w) {
        found = bindsList(w.body());
      } else if (s instanceof Stmt.Try t) {
        found = bindsList(t.body()) || bindsList(t.orelse()) || bindsList(t.finalbody())
            || t.handlers().stream().anyMatch(h -> bindsList(h.body()));
      } else if (s instanceof Stmt.TryStar t) {
        found = bindsList(t.body()) || bindsList(t.orelse()) || bindsList(t.finalbody())
            || t.handlers().stream().anyMatch(h -> bindsList(h.body()));
      } else if (s instanceof Stmt.Match m) {
        found = m.cases().stream().anyMatch(c -> bindsList(c.body()));
      } else {
        found = false;
      }
      if (found) {
        return true;
      }
    }
    return false;
  }

  /**
   * The lists of {@code body} whose every use is one that the shape can follow: a subscript, a method
   * called on it, an argument of a call (which forgets the shape), iteration, a comparison, a
   * formatted value, or a binding of the name; not an alias, nor a use in a nested function.
   */
  static ListShapes of(List<Stmt> body) {
    if (!bindsList(body)) {
      return new ListShapes(Set.of()); // no name = [...] in this body: nothing to follow, no walk needed
    }
    Set<String> bound = new HashSet<>();
    Set<String> escaped = new HashSet<>();
    Set<Expr.Name> allowed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    TreeVisitor v = new TreeVisitor() {
      private int nested;

      @Override
      public void visitName(Expr.Name node) {
        if (nested > 0) {
          escaped.add(node.id());
        } else if (node.ctx() == ExprContext.Load && !allowed.contains(node)) {
          escaped.add(node.id());
        }
      }

      @Override
      public void visitAssign(Stmt.Assign node) {
        if (nested == 0 && node.targets().size() == 1 && node.targets().get(0) instanceof Expr.Name n
            && node.value() instanceof Expr.List) {
          bound.add(n.id());
        }
        TreeVisitor.super.visitAssign(node);
      }

      @Override
      public void visitSubscript(Expr.Subscript node) {
        allow(node.value());
        TreeVisitor.super.visitSubscript(node);
      }

      @Override
      public void visitCall(Expr.Call node) {
        // a method of the list is handled where it is called (a bound method taken as a value is not)
        if (node.func() instanceof Expr.Attribute a) {
          allow(a.value());
        }
        // the shape is forgotten where the list is passed to a call, which may change it
        node.args().forEach(this::allow);
        node.keywords().forEach(k -> allow(k.value()));
        TreeVisitor.super.visitCall(node);
      }

      @Override
      public void visitCompare(Expr.Compare node) {
        allow(node.left());
        node.comparators().forEach(this::allow);
        TreeVisitor.super.visitCompare(node);
      }

      @Override
      public void visitFormattedValue(Expr.FormattedValue node) {
        allow(node.value());
        TreeVisitor.super.visitFormattedValue(node);
      }

      @Override
      public void visitFor(Stmt.For node) {
        allow(node.iter());
        TreeVisitor.super.visitFor(node);
      }

      @Override
      public void visitComprehension(dev.bulwark.python.ast.Comprehension node) {
        allow(node.iter());
        TreeVisitor.super.visitComprehension(node);
      }

      @Override
      public void visitFunctionDef(Stmt.FunctionDef node) {
        inside(() -> TreeVisitor.super.visitFunctionDef(node));
      }

      @Override
      public void visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {
        inside(() -> TreeVisitor.super.visitAsyncFunctionDef(node));
      }

      @Override
      public void visitLambda(Expr.Lambda node) {
        inside(() -> TreeVisitor.super.visitLambda(node));
      }

      @Override
      public void visitClassDef(Stmt.ClassDef node) {
        inside(() -> TreeVisitor.super.visitClassDef(node));
      }

      private void inside(Runnable walk) {
        nested++;
        try {
          walk.run();
        } finally {
          nested--;
        }
      }

      private void allow(Expr e) {
        if (e instanceof Expr.Name n) {
          allowed.add(n);
        }
      }
    };
    body.forEach(v::visit);
    bound.removeAll(escaped);
    return new ListShapes(bound);
  }

  /** Whether the shape of list {@code name} may be followed at all. */
  boolean tracks(String name) {
    return tracked.contains(name);
  }

  /** After {@code name = [...]}: the taint of each element ({@code elements}, null for clean ones). */
  void literal(String name, List<Taint> elements, Map<String, Taint> st) {
    forget(name, st);
    if (!tracks(name) || elements.size() > MAX_LENGTH) {
      return;
    }
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i) != null) {
        st.put(name + "[#" + i + "]", elements.get(i));
      }
    }
    mark(name, elements.size(), st);
  }

  /**
   * Fixes up {@code joined}, the union of states {@code a} and {@code b}: a list whose shape one side
   * knows while the other side holds it tainted with no shape (a loop's later turn, a branch that
   * changed it beyond following) has no known shape after the join. A side where the list is clean
   * or unbound takes nothing from its elements.
   */
  static void join(Map<String, Taint> a, Map<String, Taint> b, Map<String, Taint> joined) {
    Set<String> shaped = new HashSet<>();
    for (Map<String, Taint> side : List.of(a, b)) {
      for (String k : side.keySet()) {
        int at = k.indexOf("[#n");
        if (at > 0) {
          shaped.add(k.substring(0, at));
        }
      }
    }
    for (String name : shaped) {
      if (!hasShape(name, a) && a.get(name) != null || !hasShape(name, b) && b.get(name) != null) {
        forget(name, joined);
      }
    }
  }

  private static boolean hasShape(String name, Map<String, Taint> st) {
    String prefix = name + "[#n";
    for (String k : st.keySet()) {
      if (k.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Forgets the shape of {@code name} (it is rebound, or changed in a way not followed). */
  static void forget(String name, Map<String, Taint> st) {
    String prefix = name + "[#";
    st.keySet().removeIf(k -> k.startsWith(prefix));
  }

  /** The known length of list {@code name} at this point, or -1. */
  int length(String name, Map<String, Taint> st) {
    int[] range = lengths(name, st);
    return range == null || range[0] != range[1] ? -1 : range[0];
  }

  /**
   * The shortest and longest lengths list {@code name} may have at this point, or null when its shape
   * is unknown: none recorded, or the list's taint is not the one its shapes were made with (the name
   * was rebound on some way in).
   */
  private int[] lengths(String name, Map<String, Taint> st) {
    if (!tracks(name)) {
      return null;
    }
    String prefix = name + "[#n";
    int[] range = null;
    Taint made = null;
    for (Map.Entry<String, Taint> e : st.entrySet()) {
      String k = e.getKey();
      if (k.startsWith(prefix)) {
        int n = Integer.parseInt(k.substring(prefix.length(), k.length() - 1));
        range = range == null ? new int[] {n, n} : new int[] {Math.min(range[0], n), Math.max(range[1], n)};
        made = Taint.merge(made, e.getValue());
      }
    }
    if (range == null) {
      return null;
    }
    return Taint.sameShape(st.get(name), CLEAN.equals(made) ? null : made) ? range : null;
  }

  /**
   * The taint of {@code name[index]} when the shape knows it, in a one-element array whose element is
   * null for a clean element; null when the shape is unknown.
   */
  Taint[] element(String name, Expr index, Map<String, Taint> st) {
    int[] range = lengths(name, st);
    Integer i = range == null ? null : index(index, range[0], false);
    if (i == null || i < 0 || i >= range[0] || (range[0] != range[1] && !nonNegative(index))) {
      return null;
    }
    return new Taint[] {st.get(name + "[#" + i + "]")};
  }

  // The changes below take the length the list had before the change ({@link #length}, read before
  // the list's own taint took in the new element), and forget the shape when they cannot follow.

  /** {@code name.append(t)}. */
  void append(String name, int n, Taint t, Map<String, Taint> st) {
    if (n < 0 || n + 1 > MAX_LENGTH) {
      forget(name, st);
      return;
    }
    put(name, n, t, st);
    mark(name, n + 1, st);
  }

  /** {@code name.insert(at, t)}. */
  void insert(String name, int n, Expr at, Taint t, Map<String, Taint> st) {
    Integer i = n < 0 || n + 1 > MAX_LENGTH ? null : index(at, n, true);
    if (i == null) {
      forget(name, st);
      return;
    }
    for (int k = n; k > i; k--) {
      put(name, k, st.get(name + "[#" + (k - 1) + "]"), st);
    }
    put(name, i, t, st);
    mark(name, n + 1, st);
  }

  /**
   * {@code name.pop(at)} ({@code at} null: the last one) or {@code del name[at]}: the removed element's
   * taint in a one-element array (its element null when clean), or null when the shape cannot follow.
   */
  Taint[] remove(String name, int n, Expr at, Map<String, Taint> st) {
    Integer i = n <= 0 ? null : at == null ? Integer.valueOf(n - 1) : index(at, n, false);
    if (i == null || i < 0 || i >= n) {
      forget(name, st);
      return null;
    }
    Taint removed = st.get(name + "[#" + i + "]");
    for (int k = i; k < n - 1; k++) {
      put(name, k, st.get(name + "[#" + (k + 1) + "]"), st);
    }
    st.remove(name + "[#" + (n - 1) + "]");
    mark(name, n - 1, st);
    return new Taint[] {removed};
  }

  /** {@code name[at] = t}. */
  void store(String name, int n, Expr at, Taint t, Map<String, Taint> st) {
    Integer i = n < 0 ? null : index(at, n, false);
    if (i == null || i < 0 || i >= n) {
      forget(name, st);
      return;
    }
    put(name, i, t, st);
    mark(name, n, st);
  }

  /** Records that the list is {@code n} long, made with its current taint. */
  private static void mark(String name, int n, Map<String, Taint> st) {
    String prefix = name + "[#n";
    st.keySet().removeIf(k -> k.startsWith(prefix));
    Taint whole = st.get(name);
    st.put(prefix + n + "]", whole == null ? CLEAN : whole);
  }

  private static void put(String name, int i, Taint t, Map<String, Taint> st) {
    if (t == null) {
      st.remove(name + "[#" + i + "]");
    } else {
      st.put(name + "[#" + i + "]", t);
    }
  }

  private static boolean nonNegative(Expr e) {
    return e instanceof Expr.Constant c && c.value() instanceof PyConstant.PyInt i && i.value().signum() >= 0;
  }

  /**
   * A constant integer index into a list of length {@code n}, negative ones counted from the end;
   * {@code clamp}: as {@code insert} takes it, limited to 0..n. Null when not a constant integer.
   */
  private static Integer index(Expr e, int n, boolean clamp) {
    BigInteger v = null;
    if (e instanceof Expr.Constant c && c.value() instanceof PyConstant.PyInt i) {
      v = i.value();
    } else if (e instanceof Expr.UnaryOp u && u.op() == dev.bulwark.python.ast.UnaryOperator.USub
        && u.operand() instanceof Expr.Constant c && c.value() instanceof PyConstant.PyInt i) {
      v = i.value().negate();
    }
    if (v == null || v.bitLength() > 31) {
      return null;
    }
    int i = v.intValue() < 0 ? v.intValue() + n : v.intValue();
    return clamp ? Math.max(0, Math.min(n, i)) : i;
  }
}
