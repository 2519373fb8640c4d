package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.TreeVisitor;
import dev.bulwark.python.ast.WithItem;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.semantic.Binding;
import dev.bulwark.semantic.Scope;
import java.util.List;
import java.util.Optional;

/**
 * Finds what made the object a method is called on, so that {@code tar.extractall()} can be told
 * from {@code zip.extractall()}. The semantic model resolves names to modules and functions, not
 * to the objects they return; this fills that gap for the three shapes that cover most code:
 * the call itself ({@code tarfile.open(p).extractall()}), a name bound only to calls of one
 * function ({@code tar = tarfile.open(p)}), and the target of {@code with tarfile.open(p) as tar}.
 */
final class Creators {
  private Creators() {}

  /** The dotted name of the function whose call made {@code receiver}, when every binding agrees on one. */
  static Optional<String> creatorName(Expr receiver, RuleContext context) {
    return creator(receiver, context).map(Found::name);
  }

  /** Whether {@code receiver} was made by a call of one of {@code names}. */
  static boolean madeBy(Expr receiver, List<String> names, RuleContext context) {
    return creatorName(receiver, context).map(names::contains).orElse(false);
  }

  /** The creating call and the dotted name of what it calls. */
  record Found(Expr.Call call, String name) {}

  static Optional<Found> creator(Expr receiver, RuleContext context) {
    if (receiver instanceof Expr.Call call) {
      return context.qualifiedName(call.func()).map(n -> new Found(call, n));
    }
    if (!(receiver instanceof Expr.Name name)) {
      return Optional.empty();
    }
    Scope where = context.model().lookup(name.id(), context.scope());
    if (where == null) {
      return Optional.empty();
    }
    Found found = null;
    for (Binding b : where.bindings(name.id())) {
      if (!(b instanceof Binding.Assignment a)) {
        return Optional.empty();
      }
      Expr value = a.value() != null ? a.value() : withContext(where.node(), a.node());
      if (!(value instanceof Expr.Call call)) {
        return Optional.empty();
      }
      Optional<String> q = context.model().qualifiedName(call.func(), where);
      if (q.isEmpty() || (found != null && !found.name().equals(q.get()))) {
        return Optional.empty();
      }
      if (found == null) {
        found = new Found(call, q.get());
      }
    }
    return Optional.ofNullable(found);
  }

  /** The context expression of the {@code with} item whose target is exactly {@code target}, or null. */
  private static Expr withContext(Node scopeNode, Object target) {
    WithSearch search = new WithSearch(target);
    search.visit(scopeNode);
    return search.found;
  }

  /** Walks one scope's subtree looking for the with-item that binds a given target node. */
  private static final class WithSearch implements TreeVisitor {
    private final Object target;
    private Expr found;

    WithSearch(Object target) {
      this.target = target;
    }

    @Override
    public void visit(Node node) {
      if (node != null && found == null) {
        node.accept(this);
      }
    }

    @Override
    public void visitWithItem(WithItem item) {
      if (item.optionalVars() == target) {
        found = item.contextExpr();
        return;
      }
      TreeVisitor.super.visitWithItem(item);
    }
  }
}
