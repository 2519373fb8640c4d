package dev.bulwark.taint;

import dev.bulwark.python.ast.CmpOperator;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Operator;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.python.ast.TreeVisitor;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Branch tests that keep a file name inside its directory, read by {@link BranchGuards}.
 *
 * <p>A containment check on a resolved path is a real guard: {@code os.path.commonpath([base, real])
 * == base} or {@code real.is_relative_to(base)} where {@code real} is a {@code realpath},
 * {@code abspath} or {@code resolve()} result.
 *
 * <p>A test that a name holds no parent reference ({@code ".." not in name}, also {@code "../"}) is
 * only half a guard: it stops climbing out of a directory written before the name
 * ({@code f"{base}/{name}"}), but not an absolute name, which {@code os.path.join} and pathlib keep
 * as it is and which is a path of its own when used alone. So it counts only when the function never
 * uses the name that way: as a later part of a join, as the start of a built string, alone as a
 * file argument, or copied to another name. A trailing {@code ..} (allowed by a test on {@code "../"})
 * still names the parent directory; a Windows {@code ..\} is not looked at.
 */
final class PathGuards {
  private PathGuards() {}

  private static final Set<String> JOINS = Set.of("os.path.join", "posixpath.join", "ntpath.join");
  private static final Set<String> PATH_TYPES = Set.of("pathlib.Path", "pathlib.PurePath", "pathlib.PosixPath",
      "pathlib.PurePosixPath", "pathlib.WindowsPath", "pathlib.PureWindowsPath");
  private static final Set<String> RESOLVERS = Set.of("os.path.realpath", "os.path.abspath");

  /** The name this test keeps inside its directory on the branch where it is {@code holds}, or null. */
  static String safeName(Expr test, boolean holds, SemanticModel model, ActiveModels models, Scope scope) {
    if (test instanceof Expr.Compare c && c.ops().size() == 1) {
      CmpOperator op = c.ops().get(0);
      Expr right = c.comparators().get(0);
      boolean absent = (op == CmpOperator.In && !holds) || (op == CmpOperator.NotIn && holds);
      if (absent && right instanceof Expr.Name n && parentReference(c.left(), model, scope)
          && !usedAsWholePath(n.id(), model, models, scope)) {
        return n.id();
      }
      boolean equal = (op == CmpOperator.Eq && holds) || (op == CmpOperator.NotEq && !holds);
      if (equal) {
        String contained = commonPathOf(c.left(), right, model, scope);
        return contained != null ? contained : commonPathOf(right, c.left(), model, scope);
      }
      return null;
    }
    if (holds && test instanceof Expr.Call call && call.func() instanceof Expr.Attribute a
        && a.attr().equals("is_relative_to") && call.args().size() == 1 && a.value() instanceof Expr.Name n
        && resolved(n.id(), model, scope)) {
      return n.id();
    }
    return null;
  }

  /** {@code ".."}, {@code "../"} and the like: a constant naming the parent directory. */
  private static boolean parentReference(Expr e, SemanticModel model, Scope scope) {
    return model.constantString(e, scope).filter(s -> s.equals("..") || s.equals("../") || s.equals("..\\")
        || s.equals("/..")).isPresent();
  }

  /**
   * {@code os.path.commonpath([base, real])} compared with {@code base}: the resolved name {@code real}
   * when {@code call} is such a call and {@code other} the other element, else null.
   */
  private static String commonPathOf(Expr call, Expr other, SemanticModel model, Scope scope) {
    if (!(call instanceof Expr.Call c) || c.args().size() != 1
        || !model.qualifiedName(c.func(), scope).filter("os.path.commonpath"::equals).isPresent()) {
      return null;
    }
    List<Expr> elts = c.args().get(0) instanceof Expr.List l ? l.elts()
        : c.args().get(0) instanceof Expr.Tuple t ? t.elts() : List.of();
    if (elts.size() != 2) {
      return null;
    }
    for (int i = 0; i < 2; i++) {
      Expr mine = elts.get(i);
      Expr base = elts.get(1 - i);
      if (mine instanceof Expr.Name n && resolved(n.id(), model, scope) && same(base, other, model, scope)) {
        return n.id();
      }
    }
    return null;
  }

  /** Whether two expressions name the same base directory: one name, or equal constants. */
  private static boolean same(Expr a, Expr b, SemanticModel model, Scope scope) {
    if (a instanceof Expr.Name x && b instanceof Expr.Name y) {
      return x.id().equals(y.id());
    }
    Optional<String> ca = model.constantString(a, scope);
    return ca.isPresent() && ca.equals(model.constantString(b, scope));
  }

  /** Whether {@code name} is bound once to a resolved path: {@code realpath(...)}, {@code abspath(...)}, {@code p.resolve()}. */
  static boolean resolved(String name, SemanticModel model, Scope scope) {
    return model.boundValue(name, scope)
        .filter(b -> b.value() instanceof Expr.Call c && (model.qualifiedName(c.func(), b.scope())
            .filter(RESOLVERS::contains).isPresent()
            || c.func() instanceof Expr.Attribute a && a.attr().equals("resolve") && c.args().isEmpty()))
        .isPresent();
  }

  /**
   * Whether the function uses {@code name} as a path of its own, where an absolute name would escape:
   * a later part of a join, the start of a built string, alone as the file of a path sink, or copied
   * to another name (which is not followed).
   */
  private static boolean usedAsWholePath(String name, SemanticModel model, ActiveModels models, Scope scope) {
    Node owner = scope.node();
    List<Stmt> body = OwnBodyVisitor.bodyOf(owner);
    if (body == null) {
      return true;
    }
    boolean[] found = {false};
    TreeVisitor v = new OwnBodyVisitor() {
      @Override
      public void visitAssign(Stmt.Assign a) {
        found[0] |= is(a.value(), name);
        OwnBodyVisitor.super.visitAssign(a);
      }

      @Override
      public void visitJoinedStr(Expr.JoinedStr j) {
        found[0] |= !j.values().isEmpty() && j.values().get(0) instanceof Expr.FormattedValue fv && is(fv.value(), name);
        OwnBodyVisitor.super.visitJoinedStr(j);
      }

      @Override
      public void visitBinOp(Expr.BinOp b) {
        found[0] |= (b.op() == Operator.Add && leftmost(b) instanceof Expr.Name n && n.id().equals(name))
            || (b.op() == Operator.Div && mentions(b.right(), name));
        OwnBodyVisitor.super.visitBinOp(b);
      }

      @Override
      public void visitCall(Expr.Call c) {
        String q = model.qualifiedName(c.func(), scope).orElse(null);
        String method = c.func() instanceof Expr.Attribute a ? "." + a.attr() : null;
        List<Expr> args = c.args();
        if (q != null && JOINS.contains(q)) {
          found[0] |= args.stream().skip(1).anyMatch(x -> mentions(x, name));
        } else if ((q != null && PATH_TYPES.contains(q)) || ".joinpath".equals(method)) {
          found[0] |= args.stream().anyMatch(x -> mentions(x, name));
        } else if (models.sinks(q, method).stream().anyMatch(s -> s.kind() == SinkKind.PATH)) {
          found[0] |= args.stream().anyMatch(x -> is(x, name))
              || c.keywords().stream().anyMatch(k -> is(k.value(), name));
        }
        OwnBodyVisitor.super.visitCall(c);
      }
    };
    v.visitAll(body);
    return found[0];
  }

  private static Expr leftmost(Expr.BinOp b) {
    Expr e = b;
    while (e instanceof Expr.BinOp x && x.op() == Operator.Add) {
      e = x.left();
    }
    return e;
  }

  private static boolean is(Expr e, String name) {
    return e instanceof Expr.Name n && n.id().equals(name);
  }

  /** Whether {@code name} is read anywhere inside {@code e}. */
  private static boolean mentions(Expr e, String name) {
    boolean[] found = {false};
    new TreeVisitor() {
      @Override
      public void visitName(Expr.Name n) {
        found[0] |= n.id().equals(name);
      }
    }.visit(e);
    return found[0];
  }
}
