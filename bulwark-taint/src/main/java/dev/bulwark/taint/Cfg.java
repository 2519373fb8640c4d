package dev.bulwark.taint;

import dev.bulwark.python.ast.BoolOperator;
import dev.bulwark.python.ast.CmpOperator;
import dev.bulwark.python.ast.ExceptHandler;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.MatchCase;
import dev.bulwark.python.ast.Pattern;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.python.ast.UnaryOperator;
import dev.bulwark.python.ast.WithItem;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The control-flow graph of one function body (or of a module's top level): basic blocks of
 * simple steps joined by edges. A branch whose condition folds to a constant gets only its live
 * edge, so the dead side has no predecessor and is never analysed. Exceptions are approximated: any
 * block of a {@code try} body may jump to its handlers.
 */
public final class Cfg {

  /** One step inside a block. */
  public sealed interface Item {}

  /** A simple statement (assignment, expression, return, raise, delete, ...). */
  public record Simple(Stmt stmt) implements Item {}

  /** An expression evaluated for its effects, e.g. a branch condition or a loop's iterable. */
  public record Eval(Expr expr) implements Item {}

  /**
   * {@code target} receives {@code value} (a {@code with ... as} target) or, when {@code element}, one
   * element of it (a {@code for} target, a {@code match} capture).
   */
  public record Bind(Expr target, Expr value, boolean element) implements Item {}

  /** The start of a branch taken only when {@code test} is {@code holds}: lets guards refine what is known. */
  public record Assume(Expr test, boolean holds) implements Item {}

  /** {@code name} is rebound to something clean: a {@code def}, a {@code class}, an {@code except ... as}. */
  public record Unbind(String name) implements Item {}

  /**
   * The start of a {@code match} case: {@code subject} matched {@code pattern} (null for the way out
   * when no case matched) and none of {@code unmatched}, the patterns of the earlier cases without a
   * guard (a guarded case may fail even when its pattern matches, so it proves nothing).
   */
  public record Case(Expr subject, Pattern pattern, List<Pattern> unmatched) implements Item {}

  /** A basic block. */
  public static final class Block {
    private final int id;
    private final List<Item> items = new ArrayList<>();
    private final List<Block> successors = new ArrayList<>();
    private boolean catches;

    Block(int id) {
      this.id = id;
    }

    public int id() {
      return id;
    }

    public List<Item> items() {
      return items;
    }

    public List<Block> successors() {
      return successors;
    }

    /**
     * Whether this block dispatches the exceptions of a {@code try} body: it is entered from the middle
     * of its predecessors, not only from their ends.
     */
    public boolean catchesExceptions() {
      return catches;
    }
  }

  private final List<Block> blocks;
  private final Block entry;
  private final Block exit;

  private Cfg(List<Block> blocks, Block entry, Block exit) {
    this.blocks = List.copyOf(blocks);
    this.entry = entry;
    this.exit = exit;
  }

  public List<Block> blocks() {
    return blocks;
  }

  public Block entry() {
    return entry;
  }

  public Block exit() {
    return exit;
  }

  /** Builds the graph of {@code body}; {@code scope} is where its names are looked up for constant folding. */
  public static Cfg build(List<Stmt> body, SemanticModel model, Scope scope) {
    Builder b = new Builder(model, scope);
    Block entry = b.block();
    Block exit = b.block();
    b.exit = exit;
    Block end = b.statements(body, entry);
    b.edge(end, exit);
    return new Cfg(b.blocks, entry, exit);
  }

  /**
   * The truth value of a condition when it is known before running: constants, names bound once to a
   * constant, integer arithmetic and comparisons of such, {@code not}, {@code and}, {@code or}; else null.
   */
  public static Boolean fold(Expr e, SemanticModel model, Scope scope) {
    if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.Not) {
      Boolean b = fold(u.operand(), model, scope);
      return b == null ? null : !b;
    }
    if (e instanceof Expr.BoolOp b) {
      boolean and = b.op() == BoolOperator.And;
      boolean allKnown = true;
      for (Expr v : b.values()) {
        Boolean x = fold(v, model, scope);
        if (x == null) {
          allKnown = false;
        } else if (x != and) {
          return x; // a false operand of `and`, a true one of `or`, decides
        }
      }
      return allKnown ? and : null;
    }
    if (e instanceof Expr.Compare c && c.ops().size() == 1) {
      BigInteger l = integer(c.left(), model, scope);
      BigInteger r = integer(c.comparators().get(0), model, scope);
      if (l == null || r == null) {
        return null;
      }
      int cmp = l.compareTo(r);
      CmpOperator op = c.ops().get(0);
      return switch (op) {
        case Eq -> cmp == 0;
        case NotEq -> cmp != 0;
        case Lt -> cmp < 0;
        case LtE -> cmp <= 0;
        case Gt -> cmp > 0;
        case GtE -> cmp >= 0;
        default -> null;
      };
    }
    return model.constant(e, scope).map(PyConstant::truth).orElse(null);
  }

  private static BigInteger integer(Expr e, SemanticModel model, Scope scope) {
    PyConstant v = model.constant(e, scope).orElse(null);
    if (v instanceof PyConstant.PyInt i) {
      return i.value();
    }
    if (v instanceof PyConstant.PyBool b) {
      return b.value() ? BigInteger.ONE : BigInteger.ZERO;
    }
    return null;
  }

  /** Functions that always raise (an HTTP error or a process exit). */
  private static final java.util.Set<String> NEVER_RETURN = java.util.Set.of("flask.abort", "werkzeug.exceptions.abort",
      "sys.exit", "os._exit", "builtins.exit", "builtins.quit");

  private static final class Builder {
    private record Loop(Block head, Block after) {}

    private final SemanticModel model;
    private final Scope scope;
    private final List<Block> blocks = new ArrayList<>();
    private final Deque<Loop> loops = new ArrayDeque<>();
    /** The handler dispatch block of each enclosing try, innermost first. */
    private final Deque<Block> handlers = new ArrayDeque<>();
    private Block exit;

    Builder(SemanticModel model, Scope scope) {
      this.model = model;
      this.scope = scope;
    }

    Block block() {
      Block b = new Block(blocks.size());
      blocks.add(b);
      return b;
    }

    void edge(Block from, Block to) {
      if (!from.successors.contains(to)) {
        from.successors.add(to);
      }
    }

    Block statements(List<Stmt> body, Block current) {
      Block cur = current;
      for (Stmt s : body) {
        cur = statement(s, cur);
      }
      return cur;
    }

    /** {@code abort(404)}, {@code sys.exit(1)}: a call that always raises ends its branch like {@code raise}. */
    private boolean raises(Stmt s) {
      return s instanceof Stmt.Expr e && e.value() instanceof Expr.Call c
          && model.qualifiedName(c.func(), scope).filter(NEVER_RETURN::contains).isPresent();
    }

    /** Adds one statement at the end of {@code cur}; returns the block where control goes on. */
    Block statement(Stmt s, Block cur) {
      if (s instanceof Stmt.If i) {
        cur.items.add(new Eval(i.test()));
        Boolean c = fold(i.test(), model, scope);
        Block then = block();
        Block otherwise = block();
        then.items.add(new Assume(i.test(), true));
        otherwise.items.add(new Assume(i.test(), false));
        if (c == null || c) {
          edge(cur, then);
        }
        if (c == null || !c) {
          edge(cur, otherwise);
        }
        Block after = block();
        edge(statements(i.body(), then), after);
        edge(statements(i.orelse(), otherwise), after);
        return after;
      }
      if (s instanceof Stmt.While w) {
        return loop(cur, w.test(), null, null, w.body(), w.orelse());
      }
      if (s instanceof Stmt.For f) {
        return loop(cur, null, f.target(), f.iter(), f.body(), f.orelse());
      }
      if (s instanceof Stmt.AsyncFor f) {
        return loop(cur, null, f.target(), f.iter(), f.body(), f.orelse());
      }
      if (s instanceof Stmt.Break) {
        if (!loops.isEmpty()) {
          edge(cur, loops.peek().after());
        }
        return block();
      }
      if (s instanceof Stmt.Continue) {
        if (!loops.isEmpty()) {
          edge(cur, loops.peek().head());
        }
        return block();
      }
      if (s instanceof Stmt.Return) {
        cur.items.add(new Simple(s));
        edge(cur, exit);
        return block();
      }
      if (s instanceof Stmt.Raise || raises(s)) {
        cur.items.add(new Simple(s));
        edge(cur, handlers.isEmpty() ? exit : handlers.peek());
        return block();
      }
      if (s instanceof Stmt.Try t) {
        return tryStatement(cur, t.body(), t.handlers(), t.orelse(), t.finalbody());
      }
      if (s instanceof Stmt.TryStar t) {
        return tryStatement(cur, t.body(), t.handlers(), t.orelse(), t.finalbody());
      }
      if (s instanceof Stmt.With w) {
        return with(cur, w.items(), w.body());
      }
      if (s instanceof Stmt.AsyncWith w) {
        return with(cur, w.items(), w.body());
      }
      if (s instanceof Stmt.Match m) {
        cur.items.add(new Eval(m.subject()));
        Block after = block();
        List<Pattern> unguarded = new ArrayList<>();
        for (MatchCase mc : m.cases()) {
          Block c = block();
          edge(cur, c);
          c.items.add(new Case(m.subject(), mc.pattern(), List.copyOf(unguarded)));
          if (mc.guard() == null) {
            unguarded.add(mc.pattern());
          }
          List<String> names = new ArrayList<>();
          captures(mc.pattern(), names);
          for (String n : names) {
            c.items.add(new Bind(new Expr.Name(n, dev.bulwark.python.ast.ExprContext.Store, m.range()), m.subject(),
                true));
          }
          if (mc.guard() != null) {
            c.items.add(new Eval(mc.guard()));
          }
          edge(statements(mc.body(), c), after);
        }
        Block none = block();
        none.items.add(new Case(m.subject(), null, List.copyOf(unguarded)));
        edge(cur, none);
        edge(none, after);
        return after;
      }
      if (s instanceof Stmt.FunctionDef f) {
        cur.items.add(new Unbind(f.name()));
        return cur;
      }
      if (s instanceof Stmt.AsyncFunctionDef f) {
        cur.items.add(new Unbind(f.name()));
        return cur;
      }
      if (s instanceof Stmt.ClassDef c) {
        cur.items.add(new Unbind(c.name()));
        return cur;
      }
      cur.items.add(new Simple(s));
      return cur;
    }

    private Block loop(Block cur, Expr test, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
      Block head = block();
      if (iter != null) {
        cur.items.add(new Eval(iter));
      }
      edge(cur, head);
      Boolean c = null;
      Block first = block();
      Block otherwise = block();
      if (test != null) {
        head.items.add(new Eval(test));
        c = fold(test, model, scope);
        first.items.add(new Assume(test, true));
        otherwise.items.add(new Assume(test, false));
      }
      Block after = block();
      if (c == null || c) {
        edge(head, first);
      }
      if (c == null || !c) {
        edge(head, otherwise);
      }
      if (target != null) {
        first.items.add(new Bind(target, iter, true));
      }
      loops.push(new Loop(head, after));
      edge(statements(body, first), head);
      loops.pop();
      edge(statements(orelse, otherwise), after);
      return after;
    }

    private Block tryStatement(Block cur, List<Stmt> body, List<ExceptHandler> excepts, List<Stmt> orelse,
        List<Stmt> finalbody) {
      Block dispatch = block();
      dispatch.catches = true;
      Block start = block();
      edge(cur, start);
      edge(cur, dispatch);
      handlers.push(dispatch);
      int mark = blocks.size() - 1;
      Block end = statements(body, start);
      handlers.pop();
      for (int i = mark; i < blocks.size(); i++) {
        Block b = blocks.get(i);
        if (b != dispatch) {
          edge(b, dispatch);
        }
      }
      Block elseEnd = statements(orelse, end);
      Block fin = block();
      edge(elseEnd, fin);
      for (ExceptHandler h : excepts) {
        Block hb = block();
        edge(dispatch, hb);
        if (h.name() != null) {
          hb.items.add(new Unbind(h.name()));
        }
        edge(statements(h.body(), hb), fin);
      }
      if (excepts.isEmpty()) {
        edge(dispatch, fin);
      }
      return statements(finalbody, fin);
    }

    private Block with(Block cur, List<WithItem> items, List<Stmt> body) {
      for (WithItem w : items) {
        if (w.optionalVars() != null) {
          cur.items.add(new Bind(w.optionalVars(), w.contextExpr(), false));
        } else {
          cur.items.add(new Eval(w.contextExpr()));
        }
      }
      return statements(body, cur);
    }

    private static void captures(Pattern p, List<String> names) {
      if (p instanceof Pattern.MatchAs a) {
        if (a.name() != null) {
          names.add(a.name());
        }
        if (a.pattern() != null) {
          captures(a.pattern(), names);
        }
      } else if (p instanceof Pattern.MatchStar s) {
        if (s.name() != null) {
          names.add(s.name());
        }
      } else if (p instanceof Pattern.MatchSequence s) {
        s.patterns().forEach(q -> captures(q, names));
      } else if (p instanceof Pattern.MatchMapping m) {
        m.patterns().forEach(q -> captures(q, names));
        if (m.rest() != null) {
          names.add(m.rest());
        }
      } else if (p instanceof Pattern.MatchClass c) {
        c.patterns().forEach(q -> captures(q, names));
        c.kwdPatterns().forEach(q -> captures(q, names));
      } else if (p instanceof Pattern.MatchOr o) {
        o.patterns().forEach(q -> captures(q, names));
      }
    }
  }
}
