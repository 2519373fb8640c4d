package dev.bulwark.rules.crypto;

import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.TreeVisitor;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;

/**
 * A walk of a subtree that keeps track of the scope it is in, the way the engine's own walk does.
 * Rules that must see a node together with what surrounds it (the name a value is assigned to, the
 * function it sits in) walk that part of the tree themselves with one of these.
 */
abstract class ScopedVisitor implements TreeVisitor {

  protected final RuleContext context;
  protected final SemanticModel model;
  protected Scope scope;

  ScopedVisitor(RuleContext context, Scope start) {
    this.context = context;
    this.model = context.model();
    this.scope = start;
  }

  /** A walk that starts at the module's top level. */
  ScopedVisitor(RuleContext context) {
    this(context, context.model().moduleScope());
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
