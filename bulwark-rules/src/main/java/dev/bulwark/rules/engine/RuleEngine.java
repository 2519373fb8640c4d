package dev.bulwark.rules.engine;

import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.ast.Node;
import dev.bulwark.report.Finding;
import dev.bulwark.rules.Rule;
import dev.bulwark.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs code rules over a parsed module: one walk of the tree, each node handed only to the rules
 * that subscribed to its kind. Immutable after construction, so one engine serves all threads.
 */
public final class RuleEngine {

  private final Map<Class<? extends Node>, List<Rule>> byKind = new HashMap<>();

  public RuleEngine(List<Rule> rules) {
    for (Rule rule : rules) {
      for (Class<? extends Node> kind : rule.nodeKinds()) {
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(rule);
      }
    }
  }

  /**
   * The findings of every rule in one module, in walk order.
   *
   * @param source the decoded text of the file
   * @param moduleName the dotted module name, or null when unknown
   */
  public List<Finding> check(Mod.Module module, String source, String path, String moduleName, boolean isPackage) {
    SemanticModel model = SemanticModel.of(module, moduleName, isPackage);
    List<Finding> findings = new ArrayList<>();
    new RuleWalker(byKind, model, path, source, findings).walk(module);
    return findings;
  }
}
