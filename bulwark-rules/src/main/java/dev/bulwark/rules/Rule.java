package dev.bulwark.rules;

import dev.bulwark.python.ast.Node;
import java.util.List;
import java.util.Set;

/**
 * A code rule. The engine walks each file once and hands every node of the kinds the rule
 * subscribed to (see {@link #nodeKinds()}) to {@link #check}.
 */
public interface Rule {

  RuleMetadata metadata();

  /** The node classes this rule wants to see, e.g. {@code List.of(Expr.Call.class)}. */
  List<Class<? extends Node>> nodeKinds();

  /**
   * The top-level modules this rule is about ({@code "random"}, {@code "Crypto"}), when it finds
   * nothing in a file that imports none of them: the engine then skips the rule for that file. Empty
   * (the default) for rules that also look at builtins, syntax or method names, which run on every file.
   */
  default Set<String> requiredModules() {
    return Set.of();
  }

  /** Looks at one node and reports what is wrong with it through {@code context}. */
  void check(Node node, RuleContext context);
}
