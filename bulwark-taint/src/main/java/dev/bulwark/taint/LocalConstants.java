package dev.bulwark.taint;

import dev.bulwark.python.ast.BoolOperator;
import dev.bulwark.python.ast.CmpOperator;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.ExprContext;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Pattern;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.python.ast.TreeVisitor;
import dev.bulwark.python.ast.UnaryOperator;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flow-sensitive constant propagation over a {@link Cfg}: which local names hold a known constant at
 * each point, even names bound more than once ({@code bar = "x"; if 'x' in bar: ...}), and so which
 * blocks can never run because the branch, loop or {@code match} case that leads there is decided
 * by such constants. Only the one definition that reaches a test counts, which
 * {@link Cfg#fold} (names bound once) cannot see.
 *
 * <p>A name is absent from a state when its value is unknown. A block is dead when no live edge
 * enters it, or when its {@link Cfg.Assume} or {@link Cfg.Case} contradicts the constants that reach
 * it. The edges into an exception dispatch carry what holds at every point of their block, since an
 * exception may leave it anywhere.
 */
final class LocalConstants {

  private static final int MAX_DEPTH = 16;
  /** Longest string built by folding; longer ones are left unknown. */
  private static final int MAX_STRING = 4096;

  private final SemanticModel model;
  private final Scope scope;
  /** Names that another scope may rebind ({@code global}, {@code nonlocal}): never tracked. */
  private final Set<String> shared;
  private final Set<Cfg.Block> live = new HashSet<>();
  /** Conditional expressions whose test is decided where they are evaluated. */
  private final Map<Expr.IfExp, Boolean> decided = new IdentityHashMap<>();
  /** Conditional expressions evaluated where their test is unknown, or decided differently at two points. */
  private final Set<Expr.IfExp> undecided = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  private LocalConstants(SemanticModel model, Scope scope, Set<String> shared) {
    this.model = model;
    this.scope = scope;
    this.shared = shared;
  }

  /** Propagates the constants of {@code body}'s local names through its graph {@code cfg}. */
  static LocalConstants solve(Cfg cfg, List<Stmt> body, SemanticModel model, Scope scope) {
    Set<String> shared = new HashSet<>();
    List<Expr> tests = new ArrayList<>();
    TreeVisitor declarations = new TreeVisitor() {
      @Override
      public void visitGlobal(Stmt.Global node) {
        shared.addAll(node.names());
      }

      @Override
      public void visitNonlocal(Stmt.Nonlocal node) {
        shared.addAll(node.names());
      }

      @Override
      public void visitIfExp(Expr.IfExp node) {
        tests.add(node.test());
        TreeVisitor.super.visitIfExp(node);
      }
    };
    body.forEach(declarations::visit);
    LocalConstants c = new LocalConstants(model, scope, shared);
    if (!c.mayDecide(cfg, tests)) {
      // no test reads a local assigned name: there is nothing to decide
      c.live.addAll(cfg.blocks());
      return c;
    }
    if (!c.propagate(cfg)) {
      // no fixpoint within the budget: nothing is decided
      c.live.addAll(cfg.blocks());
      c.decided.clear();
    }
    return c;
  }

  /**
   * Whether some branch test, match subject or conditional expression's test ({@code ifExpTests}) reads
   * a local name assigned in this scope: a test on parameters, imports and globals alone has no value
   * here to decide it by, and the analysis would only cost time.
   */
  private boolean mayDecide(Cfg cfg, List<Expr> ifExpTests) {
    List<Expr> tests = new ArrayList<>(ifExpTests);
    for (Cfg.Block b : cfg.blocks()) {
      for (Cfg.Item item : b.items()) {
        if (item instanceof Cfg.Assume a) {
          tests.add(a.test());
        } else if (item instanceof Cfg.Case k) {
          tests.add(k.subject());
        }
      }
    }
    boolean[] found = {false};
    TreeVisitor names = new TreeVisitor() {
      @Override
      public void visitName(Expr.Name n) {
        if (!found[0] && scope.bindings(n.id()).stream().anyMatch(b -> b instanceof dev.bulwark.semantic.Binding.Assignment)) {
          found[0] = true;
        }
      }
    };
    for (Expr t : tests) {
      names.visit(t);
      if (found[0]) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code b} may run: reached by a live edge, and no test at its start is known to fail. */
  boolean live(Cfg.Block b) {
    return live.contains(b);
  }

  /** The truth of a conditional expression's test where it runs, when constants decide it; else null. */
  Boolean decided(Expr.IfExp e) {
    return decided.get(e);
  }

  private boolean propagate(Cfg cfg) {
    Map<Cfg.Block, Map<String, PyConstant>> in = new HashMap<>();
    in.put(cfg.entry(), new HashMap<>());
    Deque<Cfg.Block> work = new ArrayDeque<>(List.of(cfg.entry()));
    Set<Cfg.Block> queued = new HashSet<>(work);
    int budget = 200 + 50 * cfg.blocks().size();
    while (!work.isEmpty()) {
      if (budget-- <= 0) {
        return false;
      }
      Cfg.Block b = work.poll();
      queued.remove(b);
      Map<String, PyConstant> st = new HashMap<>(in.get(b));
      Map<String, PyConstant> everywhere = new HashMap<>(st);
      if (!run(b, st, everywhere, false)) {
        continue;
      }
      live.add(b);
      for (Cfg.Block s : b.successors()) {
        Map<String, PyConstant> out = s.catchesExceptions() ? everywhere : st;
        Map<String, PyConstant> before = in.get(s);
        Map<String, PyConstant> joined = before == null ? new HashMap<>(out) : meet(before, out);
        if (before == null || !before.equals(joined)) {
          in.put(s, joined);
          if (queued.add(s)) {
            work.add(s);
          }
        }
      }
    }
    // the states are final: decide the conditional expressions of the live blocks
    for (Cfg.Block b : cfg.blocks()) {
      if (live.contains(b)) {
        Map<String, PyConstant> st = new HashMap<>(in.get(b));
        run(b, st, new HashMap<>(st), true);
      }
    }
    return true;
  }

  /** What holds on both ways into a point: the names with the same value on each. */
  private static Map<String, PyConstant> meet(Map<String, PyConstant> a, Map<String, PyConstant> b) {
    Map<String, PyConstant> r = new HashMap<>();
    a.forEach((k, v) -> {
      if (v.equals(b.get(k))) {
        r.put(k, v);
      }
    });
    return r;
  }

  /**
   * Runs the items of {@code b} on {@code st}, keeping in {@code everywhere} what holds at each point;
   * false when a test at the block's start contradicts the state (the block is dead).
   */
  private boolean run(Cfg.Block b, Map<String, PyConstant> st, Map<String, PyConstant> everywhere, boolean record) {
    for (Cfg.Item item : b.items()) {
      if (item instanceof Cfg.Assume a) {
        Boolean f = truth(a.test(), st);
        if (f != null && f != a.holds()) {
          return false;
        }
      } else if (item instanceof Cfg.Case c) {
        if (!mayMatch(c, st)) {
          return false;
        }
      } else if (item instanceof Cfg.Simple s) {
        if (record) {
          decide(s.stmt(), st);
        }
        statement(s.stmt(), st);
      } else if (item instanceof Cfg.Eval e) {
        if (record) {
          decide(e.expr(), st);
        }
        forgetStored(e.expr(), st);
      } else if (item instanceof Cfg.Bind bind) {
        if (record) {
          decide(bind.value(), st);
        }
        forgetStored(bind.value(), st);
        forgetStored(bind.target(), st);
      } else if (item instanceof Cfg.Unbind u) {
        st.remove(u.name());
      }
      everywhere.keySet().retainAll(st.keySet());
      everywhere.entrySet().removeIf(e -> !e.getValue().equals(st.get(e.getKey())));
    }
    return true;
  }

  private void statement(Stmt s, Map<String, PyConstant> st) {
    if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n) {
      PyConstant v = value(a.value(), st, 0);
      forgetStored(a.value(), st);
      set(n.id(), v, st);
    } else if (s instanceof Stmt.AnnAssign a && a.value() != null && a.target() instanceof Expr.Name n) {
      PyConstant v = value(a.value(), st, 0);
      forgetStored(a.value(), st);
      set(n.id(), v, st);
    } else if (s instanceof Stmt.AugAssign a && a.target() instanceof Expr.Name n) {
      PyConstant v = binary(a.op(), value(a.target(), st, 0), value(a.value(), st, 0));
      forgetStored(a.value(), st);
      set(n.id(), v, st);
    } else if (s instanceof Stmt.Import || s instanceof Stmt.ImportFrom) {
      for (dev.bulwark.python.ast.Alias alias : s instanceof Stmt.Import i ? i.names()
          : ((Stmt.ImportFrom) s).names()) {
        st.remove(alias.asname() != null ? alias.asname() : alias.name().split("\\.")[0]);
      }
    } else {
      forgetStored(s, st);
    }
  }

  private void set(String name, PyConstant v, Map<String, PyConstant> st) {
    if (v == null || shared.contains(name)) {
      st.remove(name);
    } else {
      st.put(name, v);
    }
  }

  /** Forgets every name {@code n} binds or deletes: targets, walrus targets, {@code del}. */
  private static void forgetStored(Node n, Map<String, PyConstant> st) {
    if (n == null || st.isEmpty()) {
      return;
    }
    n.accept(new TreeVisitor() {
      @Override
      public void visitName(Expr.Name node) {
        if (node.ctx() != ExprContext.Load) {
          st.remove(node.id());
        }
      }
    });
  }

  /** Records the conditional expressions of {@code n} whose test the state decides (not inside a lambda or comprehension, whose names are their own). */
  private void decide(Node n, Map<String, PyConstant> st) {
    if (n == null) {
      return;
    }
    Map<String, PyConstant> known = new HashMap<>(st);
    forgetStored(n, known); // a walrus in the same step may rebind a name before the test reads it
    n.accept(new TreeVisitor() {
      @Override
      public void visitIfExp(Expr.IfExp node) {
        Boolean t = truth(node.test(), known);
        Boolean before = decided.get(node);
        if (t == null || undecided.contains(node) || (before != null && !before.equals(t))) {
          decided.remove(node);
          undecided.add(node); // the same expression also runs where the test is unknown or other
        } else {
          decided.put(node, t);
        }
        TreeVisitor.super.visitIfExp(node);
      }

      @Override
      public void visitLambda(Expr.Lambda node) {}

      @Override
      public void visitListComp(Expr.ListComp node) {}

      @Override
      public void visitSetComp(Expr.SetComp node) {}

      @Override
      public void visitDictComp(Expr.DictComp node) {}

      @Override
      public void visitGeneratorExp(Expr.GeneratorExp node) {}

      @Override
      public void visitFunctionDef(Stmt.FunctionDef node) {}

      @Override
      public void visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {}

      @Override
      public void visitClassDef(Stmt.ClassDef node) {}
    });
  }

  /** Whether a {@code match} case may be entered given what the state knows of its subject. */
  private boolean mayMatch(Cfg.Case c, Map<String, PyConstant> st) {
    PyConstant subject = value(c.subject(), st, 0);
    if (subject == null) {
      return true;
    }
    for (Pattern p : c.unmatched()) {
      if (Boolean.TRUE.equals(matches(p, subject, st))) {
        return false; // an earlier case without a guard takes it
      }
    }
    return c.pattern() == null || !Boolean.FALSE.equals(matches(c.pattern(), subject, st));
  }

  /** Whether a constant matches a pattern: known for literal, singleton, wildcard, capture and or-patterns; else null. */
  private Boolean matches(Pattern p, PyConstant subject, Map<String, PyConstant> st) {
    if (p instanceof Pattern.MatchAs a) {
      return a.pattern() == null ? Boolean.TRUE : matches(a.pattern(), subject, st);
    }
    if (p instanceof Pattern.MatchValue v) {
      return equal(subject, value(v.value(), st, 0));
    }
    if (p instanceof Pattern.MatchSingleton s) {
      return subject.equals(s.value()); // compared by identity: True is not 1
    }
    if (p instanceof Pattern.MatchOr o) {
      boolean unknown = false;
      for (Pattern q : o.patterns()) {
        Boolean m = matches(q, subject, st);
        if (Boolean.TRUE.equals(m)) {
          return true;
        }
        unknown |= m == null;
      }
      return unknown ? null : Boolean.FALSE;
    }
    return null;
  }

  /** The truth of {@code e} in state {@code st}, when known. */
  Boolean truth(Expr e, Map<String, PyConstant> st) {
    PyConstant v = value(e, st, 0);
    return v == null ? null : v.truth();
  }

  /** The value of {@code e} in state {@code st}, when known; else null. */
  private PyConstant value(Expr e, Map<String, PyConstant> st, int depth) {
    if (e == null || depth > MAX_DEPTH) {
      return null;
    }
    if (e instanceof Expr.Constant c) {
      return c.value();
    }
    if (e instanceof Expr.Name n) {
      PyConstant known = st.get(n.id());
      if (known != null || shared.contains(n.id())) {
        return known;
      }
      // else a name bound once has that value wherever it can be read
      return model.constant(e, scope).orElse(null);
    }
    if (e instanceof Expr.BinOp b) {
      PyConstant left = value(b.left(), st, depth + 1);
      PyConstant right = left == null ? null : value(b.right(), st, depth + 1);
      PyConstant r = binary(b.op(), left, right);
      return r != null ? r : model.constant(e, scope).orElse(null);
    }
    if (e instanceof Expr.UnaryOp u) {
      PyConstant v = value(u.operand(), st, depth + 1);
      if (v == null) {
        return null;
      }
      if (u.op() == UnaryOperator.Not) {
        return v.truth() ? PyConstant.PyBool.FALSE : PyConstant.PyBool.TRUE;
      }
      BigInteger i = integer(v);
      return u.op() == UnaryOperator.USub && i != null ? new PyConstant.PyInt(i.negate()) : null;
    }
    if (e instanceof Expr.BoolOp b) {
      // Python gives back the operand that decides, not a boolean
      PyConstant last = null;
      for (Expr x : b.values()) {
        last = value(x, st, depth + 1);
        if (last == null) {
          return null;
        }
        if (last.truth() != (b.op() == BoolOperator.And)) {
          return last;
        }
      }
      return last;
    }
    if (e instanceof Expr.IfExp i) {
      PyConstant test = value(i.test(), st, depth + 1);
      return test == null ? null : value(test.truth() ? i.body() : i.orelse(), st, depth + 1);
    }
    if (e instanceof Expr.Compare c) {
      return compare(c, st, depth);
    }
    if (e instanceof Expr.Subscript s && value(s.value(), st, depth + 1) instanceof PyConstant.PyStr text) {
      return subscript(text.value(), s.slice(), st, depth);
    }
    return model.constant(e, scope).orElse(null);
  }

  private PyConstant compare(Expr.Compare c, Map<String, PyConstant> st, int depth) {
    PyConstant left = value(c.left(), st, depth + 1);
    for (int i = 0; i < c.ops().size(); i++) {
      PyConstant right = value(c.comparators().get(i), st, depth + 1);
      if (left == null || right == null) {
        return null;
      }
      Boolean r = compare(c.ops().get(i), left, right);
      if (r == null) {
        return null;
      }
      if (!r) {
        return PyConstant.PyBool.FALSE;
      }
      left = right;
    }
    return PyConstant.PyBool.TRUE;
  }

  private static Boolean compare(CmpOperator op, PyConstant l, PyConstant r) {
    switch (op) {
      case Eq:
        return equal(l, r);
      case NotEq: {
        Boolean eq = equal(l, r);
        return eq == null ? null : !eq;
      }
      case In:
      case NotIn: {
        if (!(l instanceof PyConstant.PyStr part) || !(r instanceof PyConstant.PyStr whole)) {
          return null;
        }
        boolean in = whole.value().contains(part.value());
        return op == CmpOperator.In ? in : !in;
      }
      case Lt:
      case LtE:
      case Gt:
      case GtE: {
        int cmp;
        BigInteger x = integer(l);
        BigInteger y = integer(r);
        if (x != null && y != null) {
          cmp = x.compareTo(y);
        } else if (l instanceof PyConstant.PyStr a && r instanceof PyConstant.PyStr b
            && a.loneSurrogates() == null && b.loneSurrogates() == null) {
          cmp = java.util.Arrays.compare(a.codePoints(), b.codePoints());
        } else {
          return null;
        }
        return switch (op) {
          case Lt -> cmp < 0;
          case LtE -> cmp <= 0;
          case Gt -> cmp > 0;
          default -> cmp >= 0;
        };
      }
      default:
        return null;
    }
  }

  /** Python's {@code ==} on two constants, when the answer is certain. */
  private static Boolean equal(PyConstant l, PyConstant r) {
    if (l == null || r == null) {
      return null;
    }
    BigInteger x = integer(l);
    BigInteger y = integer(r);
    if (x != null && y != null) {
      return x.equals(y); // True == 1
    }
    if (l instanceof PyConstant.PyFloat || r instanceof PyConstant.PyFloat || l instanceof PyConstant.PyComplex
        || r instanceof PyConstant.PyComplex) {
      return null;
    }
    return l.equals(r);
  }

  private static BigInteger integer(PyConstant v) {
    if (v instanceof PyConstant.PyInt i) {
      return i.value();
    }
    if (v instanceof PyConstant.PyBool b) {
      return b.value() ? BigInteger.ONE : BigInteger.ZERO;
    }
    return null;
  }

  /** {@code left op right} for integers and for string concatenation and repetition; else null. */
  private static PyConstant binary(dev.bulwark.python.ast.Operator op, PyConstant left, PyConstant right) {
    if (left == null || right == null) {
      return null;
    }
    if (left instanceof PyConstant.PyStr l && l.loneSurrogates() == null) {
      if (op == dev.bulwark.python.ast.Operator.Add && right instanceof PyConstant.PyStr r && r.loneSurrogates() == null
          && l.value().length() + r.value().length() <= MAX_STRING) {
        return new PyConstant.PyStr(l.value() + r.value());
      }
      BigInteger n = integer(right);
      if (op == dev.bulwark.python.ast.Operator.Mult && n != null
          && n.compareTo(BigInteger.valueOf(MAX_STRING)) <= 0
          && (long) l.value().length() * Math.max(0, n.intValue()) <= MAX_STRING) {
        return new PyConstant.PyStr(l.value().repeat(Math.max(0, n.intValue())));
      }
      return null;
    }
    BigInteger x = integer(left);
    BigInteger y = integer(right);
    if (x == null || y == null) {
      return null;
    }
    return switch (op) {
      case Add -> new PyConstant.PyInt(x.add(y));
      case Sub -> new PyConstant.PyInt(x.subtract(y));
      case Mult -> x.bitLength() + y.bitLength() < 4096 ? new PyConstant.PyInt(x.multiply(y)) : null;
      case FloorDiv -> y.signum() == 0 ? null : new PyConstant.PyInt(floorDiv(x, y));
      case Mod -> y.signum() == 0 ? null : new PyConstant.PyInt(x.subtract(floorDiv(x, y).multiply(y)));
      default -> null;
    };
  }

  private static BigInteger floorDiv(BigInteger x, BigInteger y) {
    BigInteger[] qr = x.divideAndRemainder(y);
    return qr[1].signum() != 0 && qr[1].signum() != y.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /** {@code text[i]} and {@code text[a:b]} with constant bounds, counted in code points. */
  private PyConstant subscript(String text, Expr slice, Map<String, PyConstant> st, int depth) {
    int[] cps = text.codePoints().toArray();
    if (slice instanceof Expr.Slice s) {
      if (s.step() != null) {
        return null;
      }
      Integer lo = bound(s.lower(), cps.length, 0, st, depth);
      Integer hi = bound(s.upper(), cps.length, cps.length, st, depth);
      if (lo == null || hi == null) {
        return null;
      }
      return new PyConstant.PyStr(hi <= lo ? "" : new String(cps, lo, hi - lo));
    }
    BigInteger i = integer(value(slice, st, depth + 1));
    if (i == null || i.bitLength() > 31) {
      return null;
    }
    int at = i.intValue() < 0 ? i.intValue() + cps.length : i.intValue();
    return at < 0 || at >= cps.length ? null : new PyConstant.PyStr(new String(cps, at, 1));
  }

  /** A slice bound clamped as Python clamps it; {@code absent} when it is left out; null when unknown. */
  private Integer bound(Expr e, int length, int absent, Map<String, PyConstant> st, int depth) {
    if (e == null) {
      return absent;
    }
    BigInteger i = integer(value(e, st, depth + 1));
    if (i == null || i.bitLength() > 31) {
      return null;
    }
    int v = i.intValue() < 0 ? i.intValue() + length : i.intValue();
    return Math.max(0, Math.min(length, v));
  }
}
