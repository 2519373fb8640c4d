package dev.bulwark.rules.engine;

import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.TreeVisitor;
import dev.bulwark.report.Finding;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleContexts;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.List;
import java.util.Map;

/** The single walk over one module: tracks the current scope and dispatches nodes by kind. */
final class RuleWalker implements TreeVisitor {

  private final Map<Class<? extends Node>, List<Rule>> byKind;
  private final SemanticModel model;
  private final RuleContext context;
  private Scope scope;

  RuleWalker(Map<Class<? extends Node>, List<Rule>> byKind, SemanticModel model, String path, String source,
      List<Finding> findings) {
    this.byKind = byKind;
    this.model = model;
    this.context = RuleContexts.create(path, source, model, findings);
    this.scope = model.moduleScope();
  }

  void walk(Mod.Module module) {
    visit(module);
  }

  @Override
  public void visit(Node node) {
    if (node == null) {
      return;
    }
    List<Rule> rules = byKind.get(node.getClass());
    if (rules != null) {
      for (Rule rule : rules) {
        RuleContexts.enter(context, rule, scope);
        rule.check(node, context);
      }
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
