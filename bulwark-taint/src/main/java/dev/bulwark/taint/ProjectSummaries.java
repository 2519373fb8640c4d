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
  private final UrlConfs urlConfs;

  public ProjectSummaries(Map<String, FunctionSummary> byName) {
    this(byName, TemplateIndex.EMPTY, UrlConfs.EMPTY);
  }

  private ProjectSummaries(Map<String, FunctionSummary> byName, TemplateIndex templates, UrlConfs urlConfs) {
    this.byName = Map.copyOf(byName);
    this.templates = templates;
    this.urlConfs = urlConfs;
  }

  /** The same summaries with the project's templates, which render calls are checked against. */
  public ProjectSummaries withTemplates(TemplateIndex templates) {
    return new ProjectSummaries(byName, templates, urlConfs);
  }

  /** The same summaries with the views the project's URL configurations register (Django's urls.py). */
  public ProjectSummaries withUrlConfs(UrlConfs urlConfs) {
    return new ProjectSummaries(byName, templates, urlConfs);
  }

  /** The views the project's URL configurations register. */
  public UrlConfs urlConfs() {
    return urlConfs;
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
