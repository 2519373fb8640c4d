package dev.bulwark.taint;

import java.util.Map;
import java.util.Optional;

/**
 * The summaries of a project's functions by qualified name ({@code app.db.run_query}): what the taint
 * analysis of one file knows about the functions it imports from the other files. Immutable, so one
 * instance serves every worker. It also carries the project's templates ({@link TemplateIndex}).
 */
public final class ProjectSummaries {

  /** No project: calls into other modules are opaque. */
  public static final ProjectSummaries EMPTY = new ProjectSummaries(Map.of());

  private final Map<String, FunctionSummary> byName;
  private final TemplateIndex templates;

  public ProjectSummaries(Map<String, FunctionSummary> byName) {
    this(byName, TemplateIndex.EMPTY);
  }

  private ProjectSummaries(Map<String, FunctionSummary> byName, TemplateIndex templates) {
    this.byName = Map.copyOf(byName);
    this.templates = templates;
  }

  /** The same summaries with the project's templates, which render calls are checked against. */
  public ProjectSummaries withTemplates(TemplateIndex templates) {
    return new ProjectSummaries(byName, templates);
  }

  /** The project's templates. */
  public TemplateIndex templates() {
    return templates;
  }

  /** The summary of the function {@code qualifiedName}, when the project defines it and it says something. */
  public Optional<FunctionSummary> get(String qualifiedName) {
    return Optional.ofNullable(byName.get(qualifiedName));
  }

  /** How many functions have a summary. */
  public int size() {
    return byName.size();
  }
}
