package dev.bulwark.rules.engine;

import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.ast.Node;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleContexts;
import dev.bulwark.rules.ScopedWalker;
import dev.bulwark.semantic.SemanticModel;
import java.util.List;
import java.util.Map;

/** The single walk over one module: tracks the current scope and dispatches nodes by kind. */
final class RuleWalker extends ScopedWalker {

  private final List<Rule> rules;
  private final Map<Class<? extends Node>, int[]> byKind;
  private final boolean[] applies;
  private final RuleContext context;

  RuleWalker(List<Rule> rules, Map<Class<? extends Node>, int[]> byKind, boolean[] applies, SemanticModel model,
      RuleContext context) {
    super(model, model.moduleScope());
    this.rules = rules;
    this.byKind = byKind;
    this.applies = applies;
    this.context = context;
  }

  void walk(Mod.Module module) {
    visit(module);
  }

  @Override
  public void visit(Node node) {
    if (node == null) {
      return;
    }
    int[] subscribed = byKind.get(node.getClass());
    if (subscribed != null) {
      // a node is checked in the scope it sits in, before the walk steps into the scope it opens
      for (int i : subscribed) {
        if (applies[i]) {
          Rule rule = rules.get(i);
          RuleContexts.enter(context, rule, scope);
          rule.check(node, context);
        }
      }
    }
    super.visit(node);
  }
}
