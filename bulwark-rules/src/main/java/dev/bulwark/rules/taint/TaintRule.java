package dev.bulwark.rules.taint;

import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.ast.Node;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.FlowStep;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.taint.ModelReader;
import dev.bulwark.taint.SinkKind;
import dev.bulwark.taint.Taint;
import dev.bulwark.taint.TaintAnalysis;
import dev.bulwark.taint.TaintModel;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule reporting attacker data that reaches sinks of one kind. The taint analysis runs once per
 * file, however many taint rules are on; each rule reports the hits of its own kind, at the sink
 * call, with the path from the source. Data only the local user controls (command line,
 * environment, console) is reported at low severity and confidence.
 */
abstract class TaintRule implements Rule {

  /** The shipped models, read once. */
  static final class Models {
    static final List<TaintModel> BUILTIN = ModelReader.builtin();
  }

  /** The key of the per-file analysis result in {@link RuleContext#fileFact}. */
  private static final Object ANALYSIS = new Object();

  private final SinkKind kind;
  private final String consequence;

  /**
   * @param consequence what an attacker gets, ending the message after the source and the sink
   */
  TaintRule(SinkKind kind, String consequence) {
    this.kind = kind;
    this.consequence = consequence;
  }

  @Override
  public final List<Class<? extends Node>> nodeKinds() {
    return List.of(Mod.Module.class);
  }

  /**
   * The analysis of one file. A file too deeply nested for the analysis's recursion gets no taint
   * findings rather than losing the findings of every other rule with it.
   */
  private static List<TaintAnalysis.Hit> analyze(Mod.Module module, RuleContext context) {
    try {
      return TaintAnalysis.analyze(module, context.model(), Models.BUILTIN, context.taintSummaries());
    } catch (StackOverflowError e) {
      return List.of();
    }
  }

  @Override
  public final void check(Node node, RuleContext context) {
    Mod.Module module = (Mod.Module) node;
    List<TaintAnalysis.Hit> hits = context.fileFact(ANALYSIS, ctx -> analyze(module, ctx));
    for (TaintAnalysis.Hit hit : hits) {
      if (hit.kind() != kind) {
        continue;
      }
      List<FlowStep> flow = new ArrayList<>();
      for (Taint.Step s : hit.taint().steps()) {
        flow.add(new FlowStep(context.location(s.range()), s.message()));
      }
      String message = hit.taint().source() + " flows to " + hit.sink() + ": " + consequence;
      if (hit.taint().local()) {
        // the command line, the environment and the console belong to whoever runs the program
        context.report(hit.at(), message + " (the source is local: it matters when this code runs for someone else)",
            Severity.LOW, Confidence.LOW, flow);
      } else {
        context.report(hit.at(), message, metadata().severity(), metadata().confidence(), flow);
      }
    }
  }
}
