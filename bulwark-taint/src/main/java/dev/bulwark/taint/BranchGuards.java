package dev.bulwark.taint;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the test of a branch proves on the branch where it holds (or fails): which names no longer
 * carry attacker data, for every sink or for some kinds. Used by the flow analysis on each
 * {@link Cfg.Assume} edge.
 */
final class BranchGuards {
  private final SemanticModel model;
  private final ActiveModels models;
  private final Scope scope;

  BranchGuards(SemanticModel model, ActiveModels models, Scope scope) {
    this.model = model;
    this.models = models;
    this.scope = scope;
  }

  /**
   * Refines the state on a branch where {@code test} is {@code holds}: membership in a constant
   * allow-list, equality with a constant, {@code isdigit()} and the like make a name safe for every
   * sink; a model guard (a host check) makes it safe for its kinds; {@code p.startswith(base)} makes a
   * {@code realpath}/{@code abspath} result safe for paths, and so do the checks of {@link PathGuards}.
   */
  void assume(Expr test, boolean holds, Map<String, Taint> st) {
    refine(test, holds, st);
    LocalRedirect.safeNames(test, holds, model, scope).forEach(n -> clean(n, java.util.EnumSet.of(SinkKind.REDIRECT), st));
  }

  private void refine(Expr test, boolean holds, Map<String, Taint> st) {
    if (test instanceof Expr.UnaryOp u && u.op() == dev.bulwark.python.ast.UnaryOperator.Not) {
      refine(u.operand(), !holds, st);
      return;
    }
    if (!holds && test instanceof Expr.Name n) {
      // a false value is empty ("", None, 0, []): it holds nothing of the attacker's
      clean(n.id(), null, st);
      return;
    }
    if (test instanceof Expr.BoolOp b) {
      // every operand of a true `and` holds, every operand of a false `or` fails
      if ((b.op() == dev.bulwark.python.ast.BoolOperator.And) == holds) {
        b.values().forEach(v -> refine(v, holds, st));
      }
      return;
    }
    String contained = PathGuards.safeName(test, holds, model, models, scope);
    if (contained != null) {
      clean(contained, java.util.EnumSet.of(SinkKind.PATH), st);
    }
    String quoted = QuotedXPathValue.safeName(test, holds, model, scope);
    if (quoted != null) {
      clean(quoted, java.util.EnumSet.of(SinkKind.XPATH), st);
    }
    if (test instanceof Expr.Compare c && c.ops().size() == 1) {
      dev.bulwark.python.ast.CmpOperator op = c.ops().get(0);
      Expr right = c.comparators().get(0);
      boolean member = (op == dev.bulwark.python.ast.CmpOperator.In && holds)
          || (op == dev.bulwark.python.ast.CmpOperator.NotIn && !holds);
      boolean equal = (op == dev.bulwark.python.ast.CmpOperator.Eq && holds)
          || (op == dev.bulwark.python.ast.CmpOperator.NotEq && !holds);
      if ((member && allowList(right)) || (equal && (model.constant(right, scope).isPresent() || cleanValue(right, st)))) {
        clean(guarded(c.left()), null, st);
        // parts = urlparse(url); parts.netloc in ALLOWED: url goes to an allowed host
        clean(parsedUrlWithHost(c.left()), java.util.EnumSet.of(SinkKind.REDIRECT, SinkKind.SSRF), st);
      }
      return;
    }
    if (holds && test instanceof Expr.Call call) {
      String q = model.qualifiedName(call.func(), scope).orElse(null);
      if (q != null && models.guards.containsKey(q) && !call.args().isEmpty()) {
        clean(guarded(call.args().get(0)), models.guards.get(q), st);
      } else if (call.func() instanceof Expr.Attribute a && a.value() instanceof Expr.Name n) {
        if (Set.of("isdigit", "isdecimal", "isnumeric", "isalnum", "isalpha", "isidentifier").contains(a.attr())) {
          clean(n.id(), null, st);
        } else if (a.attr().equals("startswith") && resolvedPath(n.id())) {
          clean(n.id(), java.util.EnumSet.of(SinkKind.PATH), st);
        }
      }
    }
  }

  /** Makes {@code name} safe for {@code kinds} (null: for every kind). */
  private void clean(String name, Set<SinkKind> kinds, Map<String, Taint> st) {
    if (name == null || !st.containsKey(name)) {
      return;
    }
    Taint t = kinds == null ? null : st.get(name).sanitized(kinds);
    if (t == null) {
      st.remove(name);
    } else {
      st.put(name, t);
    }
  }

  /** The name a guard is about: {@code x} in {@code x}, {@code x.lower()}, {@code urlparse(x).hostname}. */
  private String guarded(Expr e) {
    if (e instanceof Expr.Name n) {
      return n.id();
    }
    if (e instanceof Expr.Attribute a) {
      return guarded(a.value());
    }
    if (e instanceof Expr.Call c) {
      // a method of a local value guards the value; a module's function guards its first argument
      if (c.func() instanceof Expr.Attribute a && model.qualifiedName(c.func(), scope).isEmpty()) {
        return guarded(a.value());
      }
      return c.args().isEmpty() ? null : guarded(c.args().get(0));
    }
    return null;
  }

  /** URL parsers whose result's {@code netloc} and {@code hostname} are the host the URL names. */
  private static final Set<String> URL_PARSERS = Set.of("urllib.parse.urlparse", "urllib.parse.urlsplit");

  /**
   * The URL whose host {@code e} is, when {@code e} reads {@code netloc} of a local name bound once to
   * {@code urlparse(url)} or {@code urlsplit(url)}; else null. A check of the host fixes where the URL
   * leads (a redirect, a request), not what the rest of it holds. Not {@code hostname}: it is what
   * follows the last {@code @}, so {@code https://evil.example\@good.example} has the allowed
   * hostname, while browsers read the backslash as the end of the host {@code evil.example}.
   */
  private String parsedUrlWithHost(Expr e) {
    if (!(e instanceof Expr.Attribute a) || !a.attr().equals("netloc")
        || !(a.value() instanceof Expr.Name parts)) {
      return null;
    }
    return model.boundValue(parts.id(), scope)
        .filter(b -> b.value() instanceof Expr.Call c && !c.args().isEmpty() && c.args().get(0) instanceof Expr.Name
            && model.qualifiedName(c.func(), b.scope()).filter(URL_PARSERS::contains).isPresent())
        .map(b -> ((Expr.Name) ((Expr.Call) b.value()).args().get(0)).id())
        .orElse(null);
  }

  /**
   * Whether {@code e} is a local name holding no attacker data and no parameter (a loop variable over
   * constants, a value read from the database): a value equal to it is no more the attacker's.
   */
  private boolean cleanValue(Expr e, Map<String, Taint> st) {
    return e instanceof Expr.Name n && !st.containsKey(n.id()) && model.lookup(n.id(), scope) == scope;
  }

  /** Whether {@code e} is a collection of constants, written out or bound once to a name. */
  private boolean allowList(Expr e) {
    if (e instanceof Expr.Name n) {
      return model.boundValue(n.id(), scope).map(b -> constantCollection(b.value())).orElse(false);
    }
    if (e instanceof Expr.Call c && c.args().isEmpty() && c.func() instanceof Expr.Attribute a
        && Set.of("keys", "values").contains(a.attr()) && a.value() instanceof Expr.Name n) {
      // PAGES.values() of a dict of constants bound once
      return model.boundValue(n.id(), scope).map(b -> b.value() instanceof Expr.Dict d
          && d.keys().stream().allMatch(k -> k instanceof Expr.Constant)
          && d.values().stream().allMatch(v -> v instanceof Expr.Constant)).orElse(false);
    }
    return constantCollection(e);
  }

  private boolean constantCollection(Expr e) {
    List<Expr> elts;
    if (e instanceof Expr.Tuple t) {
      elts = t.elts();
    } else if (e instanceof Expr.List l) {
      elts = l.elts();
    } else if (e instanceof Expr.Set s) {
      elts = s.elts();
    } else if (e instanceof Expr.Dict d) {
      elts = d.keys();
    } else if (e instanceof Expr.Call c && c.args().size() == 1 && model.qualifiedName(c.func(), scope)
        .filter(q -> q.equals("builtins.frozenset") || q.equals("builtins.set")).isPresent()) {
      return constantCollection(c.args().get(0));
    } else {
      return false;
    }
    return elts.stream().allMatch(x -> x instanceof Expr.Constant);
  }

  /** Whether local {@code name} is bound once to {@code os.path.realpath(...)}, {@code abspath} or {@code p.resolve()}. */
  private boolean resolvedPath(String name) {
    return PathGuards.resolved(name, model, scope);
  }
}
