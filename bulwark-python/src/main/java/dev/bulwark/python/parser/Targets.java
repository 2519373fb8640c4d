package dev.bulwark.python.parser;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.ExprContext;
import dev.bulwark.python.ast.PyConstant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an expression parsed as a value into an assignment or deletion target: checks that it can
 * be one (with CPython's "cannot assign to ..." messages) and rebuilds it with the Store or Del
 * context, since nodes are immutable.
 */
final class Targets {
  private Targets() {}

  static Expr store(Expr e, ParserBase parser) {
    return withContext(e, ExprContext.Store, parser, "assign to");
  }

  static Expr delete(Expr e, ParserBase parser) {
    return withContext(e, ExprContext.Del, parser, "delete");
  }

  private static Expr withContext(Expr e, ExprContext ctx, ParserBase parser, String verb) {
    if (e instanceof Expr.Name n) {
      return new Expr.Name(n.id(), ctx, n.range());
    }
    if (e instanceof Expr.Attribute a) {
      return new Expr.Attribute(a.value(), a.attr(), ctx, a.range());
    }
    if (e instanceof Expr.Subscript s) {
      return new Expr.Subscript(s.value(), s.slice(), ctx, s.range());
    }
    if (e instanceof Expr.Starred s && ctx == ExprContext.Store) {
      return new Expr.Starred(withContext(s.value(), ctx, parser, verb), ctx, s.range());
    }
    if (e instanceof Expr.Tuple t) {
      return new Expr.Tuple(all(t.elts(), ctx, parser, verb), ctx, t.range());
    }
    if (e instanceof Expr.List l) {
      return new Expr.List(all(l.elts(), ctx, parser, verb), ctx, l.range());
    }
    throw parser.errorAtNode("cannot " + verb + " " + describe(e), e);
  }

  private static List<Expr> all(List<Expr> elts, ExprContext ctx, ParserBase parser, String verb) {
    List<Expr> out = new ArrayList<>(elts.size());
    for (Expr e : elts) {
      out.add(withContext(e, ctx, parser, verb));
    }
    return out;
  }

  /** Whether {@code e} can be the target of an augmented or annotated assignment. */
  static boolean isSingleTarget(Expr e) {
    return e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript;
  }

  /** How CPython names a kind of expression in its error messages. */
  static String describe(Expr e) {
    if (e instanceof Expr.Attribute) {
      return "attribute";
    }
    if (e instanceof Expr.Subscript) {
      return "subscript";
    }
    if (e instanceof Expr.Starred) {
      return "starred";
    }
    if (e instanceof Expr.Name) {
      return "name";
    }
    if (e instanceof Expr.List) {
      return "list";
    }
    if (e instanceof Expr.Tuple) {
      return "tuple";
    }
    if (e instanceof Expr.Lambda) {
      return "lambda";
    }
    if (e instanceof Expr.Call) {
      return "function call";
    }
    if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) {
      return "expression";
    }
    if (e instanceof Expr.GeneratorExp) {
      return "generator expression";
    }
    if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
      return "yield expression";
    }
    if (e instanceof Expr.Await) {
      return "await expression";
    }
    if (e instanceof Expr.ListComp) {
      return "list comprehension";
    }
    if (e instanceof Expr.SetComp) {
      return "set comprehension";
    }
    if (e instanceof Expr.DictComp) {
      return "dict comprehension";
    }
    if (e instanceof Expr.Dict) {
      return "dict literal";
    }
    if (e instanceof Expr.Set) {
      return "set display";
    }
    if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
      return "f-string expression";
    }
    if (e instanceof Expr.TemplateStr || e instanceof Expr.Interpolation) {
      return "t-string expression";
    }
    if (e instanceof Expr.Constant c) {
      PyConstant v = c.value();
      if (v instanceof PyConstant.PyNone) {
        return "None";
      }
      if (v instanceof PyConstant.PyBool b) {
        return b.value() ? "True" : "False";
      }
      if (v instanceof PyConstant.PyEllipsis) {
        return "ellipsis";
      }
      return "literal";
    }
    if (e instanceof Expr.Compare) {
      return "comparison";
    }
    if (e instanceof Expr.IfExp) {
      return "conditional expression";
    }
    if (e instanceof Expr.NamedExpr) {
      return "named expression";
    }
    return "expression";
  }
}
