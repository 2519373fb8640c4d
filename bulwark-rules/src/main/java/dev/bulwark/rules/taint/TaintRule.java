package dev.bulwark.rules.taint;

import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.ast.Node;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.taint.ModelReader;
import dev.bulwark.taint.SinkKind;
import dev.bulwark.taint.TaintAnalysis;
import dev.bulwark.taint.TaintModel;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule reporting attacker data that reaches sinks of one kind. The taint analysis runs once per
 * file, however many taint rules are on; each rule reports the hits of its own kind, at the sink
 * call, with the path from the source. Data only the local user controls (command line,
 * environment, console) is reported at low severity and confidence. A rule may cover several kinds
 * (an LDAP filter and a distinguished name); a call reached as a sink of more than one of them is
 * reported once, for the first kind listed.
 */
abstract class TaintRule implements Rule {

  /** The shipped models, read once. */
  static final class Models {
    static final List<TaintModel> BUILTIN = ModelReader.builtin();
  }

  /** What an attacker gets, per kind, ending the message after the source and the sink; in order of preference. */
  private final Map<SinkKind, String> consequences;

  /**
   * @param consequence what an attacker gets, ending the message after the source and the sink
   */
  TaintRule(SinkKind kind, String consequence) {
    this(new LinkedHashMap<>(Map.of(kind, consequence)));
  }

  /** A rule for several kinds; when one call is a sink of several, the first kind of the map's order is reported. */
  TaintRule(LinkedHashMap<SinkKind, String> consequences) {
    this.consequences = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(consequences));
  }

  @Override
  public final List<Class<? extends Node>> nodeKinds() {
    return List.of(Mod.Module.class);
  }

  @Override
  public final void check(Node node, RuleContext context) {
    Mod.Module module = (Mod.Module) node;
    List<TaintAnalysis.Hit> hits = context.taintAnalysis(module);
    // one finding per call: of the hits of this rule's kinds at one call, the one of remote data (its
    // severity) and then of the kind listed first; findings keep the analysis's order
    Map<Node, TaintAnalysis.Hit> chosen = new IdentityHashMap<>();
    for (TaintAnalysis.Hit hit : hits) {
      if (consequences.containsKey(hit.kind())) {
        chosen.merge(hit.at(), hit, (a, b) -> rank(b) < rank(a) ? b : a);
      }
    }
    for (TaintAnalysis.Hit hit : hits) {
      if (chosen.get(hit.at()) == hit) {
        report(hit, consequences.get(hit.kind()), context);
      }
    }
  }

  /** Lower is preferred: remote data before local data, then the order of the kinds. */
  private int rank(TaintAnalysis.Hit hit) {
    int kindOrder = new java.util.ArrayList<>(consequences.keySet()).indexOf(hit.kind());
    return (hit.taint().local() ? consequences.size() : 0) + kindOrder;
  }

  private void report(TaintAnalysis.Hit hit, String consequence, RuleContext context) {
    String message = hit.taint().source() + " flows to " + hit.sink() + ": " + consequence;
    if (hit.taint().local()) {
      // the command line, the environment and the console belong to whoever runs the program
      context.reportTaint(hit, message + " (the source is local: it matters when this code runs for someone else)",
          Severity.LOW, Confidence.LOW);
    } else {
      context.reportTaint(hit, message, metadata().severity(), metadata().confidence());
    }
  }
}
