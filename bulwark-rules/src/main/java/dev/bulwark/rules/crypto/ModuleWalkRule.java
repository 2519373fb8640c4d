package dev.bulwark.rules.crypto;

import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.ast.Node;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import java.util.List;

/**
 * A rule that walks the whole module once with its own {@link ScopedVisitor}, for checks that must
 * carry what surrounds a node (the function it sits in, the name its value flows into) along the way.
 */
abstract class ModuleWalkRule implements Rule {

  @Override
  public final List<Class<? extends Node>> nodeKinds() {
    return List.of(Mod.Module.class);
  }

  @Override
  public final void check(Node node, RuleContext context) {
    walker(context).visitAll(((Mod.Module) node).body());
  }

  /** A fresh walk for one module, reporting through {@code context}. */
  protected abstract ScopedVisitor walker(RuleContext context);
}
