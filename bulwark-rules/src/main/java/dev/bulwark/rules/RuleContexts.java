package dev.bulwark.rules;

import dev.bulwark.python.Comment;
import dev.bulwark.report.Finding;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import dev.bulwark.taint.ProjectSummaries;
import java.util.List;

/** The engine's access to {@link RuleContext}'s package-private life cycle; rules never need it. */
public final class RuleContexts {
  private RuleContexts() {}

  public static RuleContext create(String path, String source, List<Comment> comments, SemanticModel model,
      List<Finding> findings) {
    return new RuleContext(path, source, comments, model, findings, ProjectSummaries.EMPTY);
  }

  /** A context whose taint analysis follows calls into other modules through {@code taintSummaries}. */
  public static RuleContext create(String path, String source, List<Comment> comments, SemanticModel model,
      List<Finding> findings, ProjectSummaries taintSummaries) {
    return new RuleContext(path, source, comments, model, findings, taintSummaries);
  }

  public static void enter(RuleContext context, Rule rule, Scope scope) {
    context.enter(rule, scope);
  }
}
