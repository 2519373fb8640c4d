package dev.bulwark.taint;

import dev.bulwark.python.ast.CmpOperator;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Operator;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.python.ast.TreeVisitor;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.List;

/**
 * A value tested free of a quote character ({@code if "'" in uid: return}) cannot leave an XPath
 * string literal delimited by that character: XPath 1.0 literals have no escape, so the quote is
 * the only way out. This holds only where the value is put between that quote, so the guard counts
 * when every string the function builds with the name ({@code f"...'{uid}'..."}, {@code "'" + uid +
 * "'"}, {@code "".join(["'", uid, "'"])}) quotes it so, and no {@code %} or {@code .format} template
 * takes it (the engine does not read where those put it).
 */
final class QuotedXPathValue {
  private QuotedXPathValue() {}

  /** The name safe for XPath on the branch where {@code test} is {@code holds}, or null. */
  static String safeName(Expr test, boolean holds, SemanticModel model, Scope scope) {
    if (!(test instanceof Expr.Compare c) || c.ops().size() != 1 || !(c.comparators().get(0) instanceof Expr.Name n)) {
      return null;
    }
    CmpOperator op = c.ops().get(0);
    boolean absent = (op == CmpOperator.In && !holds) || (op == CmpOperator.NotIn && holds);
    String quote = model.constantString(c.left(), scope).orElse(null);
    if (!absent || !("'".equals(quote) || "\"".equals(quote))) {
      return null;
    }
    return alwaysQuoted(n.id(), quote.charAt(0), model, scope) ? n.id() : null;
  }

  private static boolean alwaysQuoted(String name, char quote, SemanticModel model, Scope scope) {
    Node owner = scope.node();
    List<Stmt> body = OwnBodyVisitor.bodyOf(owner);
    if (body == null) {
      return false;
    }
    int[] quoted = {0};
    boolean[] bare = {false};
    TreeVisitor v = new OwnBodyVisitor() {
      @Override
      public void visitJoinedStr(Expr.JoinedStr j) {
        List<Expr> parts = new ArrayList<>();
        j.values().forEach(p -> parts.add(p instanceof Expr.FormattedValue fv ? fv.value() : p));
        count(parts);
        OwnBodyVisitor.super.visitJoinedStr(j);
      }

      @Override
      public void visitBinOp(Expr.BinOp b) {
        if (b.op() == Operator.Add) {
          List<Expr> parts = new ArrayList<>();
          flatten(b, parts);
          count(parts);
          parts.forEach(this::visit);
          return;
        }
        if (b.op() == Operator.Mod && (is(b.right(), name) || b.right() instanceof Expr.Tuple t
            && t.elts().stream().anyMatch(x -> is(x, name)))) {
          bare[0] = true;
        }
        OwnBodyVisitor.super.visitBinOp(b);
      }

      @Override
      public void visitCall(Expr.Call c) {
        if (c.func() instanceof Expr.Attribute a && a.attr().equals("join") && c.args().size() == 1
            && model.constantString(a.value(), scope).filter(String::isEmpty).isPresent()
            && (c.args().get(0) instanceof Expr.List || c.args().get(0) instanceof Expr.Tuple)) {
          count(c.args().get(0) instanceof Expr.List l ? l.elts() : ((Expr.Tuple) c.args().get(0)).elts());
        } else if (c.func() instanceof Expr.Attribute a && a.attr().equals("format")
            && (c.args().stream().anyMatch(x -> is(x, name)) || c.keywords().stream().anyMatch(k -> is(k.value(), name)))) {
          bare[0] = true;
        }
        OwnBodyVisitor.super.visitCall(c);
      }

      private void flatten(Expr e, List<Expr> out) {
        if (e instanceof Expr.BinOp b && b.op() == Operator.Add) {
          flatten(b.left(), out);
          flatten(b.right(), out);
        } else {
          out.add(e);
        }
      }

      /** Looks at each place of the name among the parts of a built string: quoted on both sides, or not. */
      private void count(List<Expr> parts) {
        for (int i = 0; i < parts.size(); i++) {
          if (!is(parts.get(i), name)) {
            continue;
          }
          String before = i == 0 ? null : model.constantString(parts.get(i - 1), scope).orElse(null);
          String after = i + 1 >= parts.size() ? null : model.constantString(parts.get(i + 1), scope).orElse(null);
          if (before != null && after != null && before.endsWith(String.valueOf(quote))
              && after.startsWith(String.valueOf(quote))) {
            quoted[0]++;
          } else {
            bare[0] = true;
          }
        }
      }
    };
    v.visitAll(body);
    return quoted[0] > 0 && !bare[0];
  }

  /**
   * Whether part {@code i} of an f-string is {@code {v.replace(q, r)}} with {@code q} a quote that
   * {@code r} does not hold, put between that quote ({@code f"[@id='{v.replace("'", "&apos;")}']"}):
   * the value has no way out of the XPath literal.
   */
  static boolean quoteFreeAndQuoted(List<Expr> parts, int i, SemanticModel model, Scope scope) {
    if (!(parts.get(i) instanceof Expr.FormattedValue fv) || !(fv.value() instanceof Expr.Call c)
        || !(c.func() instanceof Expr.Attribute a) || !a.attr().equals("replace") || c.args().size() != 2) {
      return false;
    }
    String quote = model.constantString(c.args().get(0), scope).orElse(null);
    String with = model.constantString(c.args().get(1), scope).orElse(null);
    if (with == null || !("'".equals(quote) || "\"".equals(quote)) || with.contains(quote)) {
      return false;
    }
    String before = i == 0 ? null : model.constantString(parts.get(i - 1), scope).orElse(null);
    String after = i + 1 >= parts.size() ? null : model.constantString(parts.get(i + 1), scope).orElse(null);
    return before != null && after != null && before.endsWith(quote) && after.startsWith(quote);
  }

  private static boolean is(Expr e, String name) {
    return e instanceof Expr.Name n && n.id().equals(name);
  }
}
