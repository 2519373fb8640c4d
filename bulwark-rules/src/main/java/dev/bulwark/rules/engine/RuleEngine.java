package dev.bulwark.rules.engine;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.ast.Node;
import dev.bulwark.report.Finding;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleContexts;
import dev.bulwark.semantic.SemanticModel;
import dev.bulwark.rules.taint.TaintRules;
import dev.bulwark.taint.ProjectSummaries;
import dev.bulwark.taint.TaintModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs code rules over a parsed module: one walk of the tree, each node handed only to the rules
 * that subscribed to its kind and that can find something in this file. Immutable after
 * construction, so one engine serves all threads.
 */
public final class RuleEngine {

  private final List<Rule> rules;
  /** Each rule's {@link Rule#requiredModules()}, asked once. */
  private final List<Set<String>> required;
  /** Per node class, the indexes into {@link #rules} of the rules that subscribed to it. */
  private final Map<Class<? extends Node>, int[]> byKind = new HashMap<>();

  /** The summaries of the project's functions the taint rules follow calls through. */
  private final ProjectSummaries taintSummaries;
  private final List<TaintModel> taintModels;

  public RuleEngine(List<Rule> rules) {
    this(rules, ProjectSummaries.EMPTY);
  }

  /** An engine whose taint rules follow calls into the project's other modules through {@code taintSummaries}. */
  public RuleEngine(List<Rule> rules, ProjectSummaries taintSummaries) {
    this(rules, taintSummaries, TaintRules.models());
  }

  /**
   * An engine whose taint rules read {@code taintModels} (the shipped ones, then the user's) and follow
   * calls into the project's other modules through {@code taintSummaries}.
   */
  public RuleEngine(List<Rule> rules, ProjectSummaries taintSummaries, List<TaintModel> taintModels) {
    this.taintSummaries = taintSummaries;
    this.taintModels = List.copyOf(taintModels);
    this.rules = List.copyOf(rules);
    this.required = this.rules.stream().map(Rule::requiredModules).toList();
    Map<Class<? extends Node>, List<Integer>> kinds = new HashMap<>();
    for (int i = 0; i < this.rules.size(); i++) {
      for (Class<? extends Node> kind : this.rules.get(i).nodeKinds()) {
        kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(i);
      }
    }
    kinds.forEach((kind, indexes) -> byKind.put(kind, indexes.stream().mapToInt(Integer::intValue).toArray()));
  }

  /**
   * The findings of every rule in one parsed module, in walk order.
   *
   * @param parsed a file that parsed (its module is not null)
   * @param path the path findings are reported at
   * @param moduleName the dotted module name, or null when unknown
   */
  public List<Finding> check(ParseResult parsed, String path, String moduleName, boolean isPackage) {
    Mod.Module module = java.util.Objects.requireNonNull(parsed.module(), "a module that parsed");
    SemanticModel model = SemanticModel.of(module, moduleName, isPackage);
    List<Finding> findings = new ArrayList<>();
    RuleContext context = RuleContexts.create(path, parsed.source(), parsed.comments(), model, findings,
        taintSummaries, taintModels);
    new RuleWalker(rules, byKind, applicable(model.importedRoots()), model, context).walk(module);
    RuleContexts.finish(context);
    return findings;
  }

  /** Which rules can find anything in a file that imports from these modules. */
  private boolean[] applicable(Set<String> importedRoots) {
    boolean[] applies = new boolean[rules.size()];
    for (int i = 0; i < applies.length; i++) {
      applies[i] = required.get(i).isEmpty() || required.get(i).stream().anyMatch(importedRoots::contains);
    }
    return applies;
  }
}
