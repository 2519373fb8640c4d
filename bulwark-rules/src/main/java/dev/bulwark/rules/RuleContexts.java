package dev.bulwark.rules;

import dev.bulwark.python.Comment;
import dev.bulwark.report.Finding;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import dev.bulwark.rules.taint.TaintRules;
import dev.bulwark.taint.ProjectSummaries;
import dev.bulwark.taint.TaintModel;
import java.util.List;

/** The engine's access to {@link RuleContext}'s package-private life cycle; rules never need it. */
public final class RuleContexts {
  private RuleContexts() {}

  public static RuleContext create(String path, String source, List<Comment> comments, SemanticModel model,
      List<Finding> findings) {
    return new RuleContext(path, source, comments, model, findings, ProjectSummaries.EMPTY, TaintRules.models());
  }

  /** A context whose taint analysis follows calls into other modules through {@code taintSummaries}. */
  public static RuleContext create(String path, String source, List<Comment> comments, SemanticModel model,
      List<Finding> findings, ProjectSummaries taintSummaries) {
    return new RuleContext(path, source, comments, model, findings, taintSummaries, TaintRules.models());
  }

  /**
   * A context whose taint analysis reads {@code taintModels} (the shipped models and the user's) and
   * follows calls into other modules through {@code taintSummaries}.
   */
  public static RuleContext create(String path, String source, List<Comment> comments, SemanticModel model,
      List<Finding> findings, ProjectSummaries taintSummaries, List<TaintModel> taintModels) {
    return new RuleContext(path, source, comments, model, findings, taintSummaries, taintModels);
  }

  /** Ends the file: a pattern finding that took in a taint finding of the same call replaces it. */
  public static void finish(RuleContext context) {
    context.finish();
  }

  public static void enter(RuleContext context, Rule rule, Scope scope) {
    context.enter(rule, scope);
  }
}
