package dev.bulwark.rules.crypto;

import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.ScopedWalker;
import dev.bulwark.semantic.Scope;

/**
 * A walk of a subtree that keeps track of the scope it is in, the way the engine's own walk does.
 * Rules that must see a node together with what surrounds it (the name a value is assigned to, the
 * function it sits in) walk that part of the tree themselves with one of these.
 */
abstract class ScopedVisitor extends ScopedWalker {

  protected final RuleContext context;

  ScopedVisitor(RuleContext context, Scope start) {
    super(context.model(), start);
    this.context = context;
  }

  /** A walk that starts at the module's top level. */
  ScopedVisitor(RuleContext context) {
    this(context, context.model().moduleScope());
  }
}
