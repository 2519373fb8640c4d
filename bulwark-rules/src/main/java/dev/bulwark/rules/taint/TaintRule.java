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

  @Override
  public final void check(Node node, RuleContext context) {
    Mod.Module module = (Mod.Module) node;
    for (TaintAnalysis.Hit hit : context.taintAnalysis(module)) {
      if (hit.kind() != kind) {
        continue;
      }
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
}
