package dev.bulwark.rules;

import dev.bulwark.python.ast.Node;
import java.util.List;

/**
 * A code rule. The engine walks each file once and hands every node of the kinds the rule
 * subscribed to (see {@link #nodeKinds()}) to {@link #check}.
 */
public interface Rule {

  RuleMetadata metadata();

  /** The node classes this rule wants to see, e.g. {@code List.of(Expr.Call.class)}. */
  List<Class<? extends Node>> nodeKinds();

  /** Looks at one node and reports what is wrong with it through {@code context}. */
  void check(Node node, RuleContext context);
}
