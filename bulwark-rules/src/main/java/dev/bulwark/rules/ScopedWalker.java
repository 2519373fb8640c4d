package dev.bulwark.rules;

import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.TreeVisitor;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;

/**
 * A walk of a tree, or part of one, that knows which scope it is in: it steps into the scope of
 * each def, class, lambda and comprehension on the way down and back out on the way up. The
 * engine's walk is one; rules that must see a node with what surrounds it walk with one too.
 */
public abstract class ScopedWalker implements TreeVisitor {

  protected final SemanticModel model;
  protected Scope scope;

  protected ScopedWalker(SemanticModel model, Scope start) {
    this.model = model;
    this.scope = start;
  }

  @Override
  public void visit(Node node) {
    if (node == null) {
      return;
    }
    Scope inner = model.scopeOf(node);
    if (inner == null || inner == scope) {
      node.accept(this);
      return;
    }
    Scope outer = scope;
    scope = inner;
    node.accept(this);
    scope = outer;
  }
}
