package dev.bulwark.taint;

import dev.bulwark.python.ast.Stmt;
import java.util.Map;

/**
 * What {@link SummaryCalls} asks of the analysis of the whole module: the summaries of its functions
 * and the analysis of one of them with facts known at a call.
 */
interface ModuleBodies {

  /** What {@code def}, a function of this module, does with its parameters, as seen from a call. */
  TaintAnalysis.Summary summary(Stmt def);

  /** What {@code def}, a function of this module, reads off its parameters and calls them with. */
  ObjectSummary localObjects(Stmt def);

  /**
   * The attacker data {@code def} returns when analysed (solved, then its sinks reported) with the
   * {@code extra} facts; {@code bare} as in the analysis of a function (a parameter taken as a known
   * value), or null. Null when it returns none.
   */
  Taint returnedFrom(Stmt def, Map<String, Taint> extra, String bare);
}
