package dev.bulwark.taint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
  /** The functions that return source data (or a closure that does). */
  private final List<Origin> returning;
  /** Per attribute read off an argument by some function (maybe in a longer chain), those functions. */
  private final Map<String, List<Origin>> readers;

  /**
   * A function whose summary can hand attacker data to a caller ({@link TaintOrigins}).
   *
   * @param name its qualified name
   * @param function whether it is a module's function, which a caller names in full; a method is called
   *     through an instance, maybe of a class the caller does not name, so only its last part is spelled
   */
  public record Origin(String name, boolean function) {
    /** The last part of the name: the function's or method's own name. */
    public String last() {
      return name.substring(name.lastIndexOf('.') + 1);
    }
  }

  /** Summaries of which none is known to be a module's function (all taken for methods). */
  public ProjectSummaries(Map<String, FunctionSummary> byName) {
    this(byName, Set.of());
  }

  /** Summaries, of which those named in {@code functions} are module functions and the others methods. */
  public ProjectSummaries(Map<String, FunctionSummary> byName, Set<String> functions) {
    this.byName = Map.copyOf(byName);
    this.templates = TemplateIndex.EMPTY;
    this.urlConfs = UrlConfs.EMPTY;
    List<Origin> returns = new ArrayList<>();
    Map<String, List<Origin>> reading = new HashMap<>();
    this.byName.forEach((name, s) -> {
      Origin origin = new Origin(name, functions.contains(name));
      // a closure the function returns is called by the name the function's result is bound to, which
      // the caller spells only through the function's name: its sources and reads count as the function's
      Set<String> attrs = new HashSet<>();
      boolean returnsSource = false;
      for (FunctionSummary f = s; f != null; f = f.objects().returnedFunction()) {
        returnsSource |= f.returnedSource() != null;
        for (ObjectSummary.Read r : f.objects().reads()) {
          for (String segment : r.path()) {
            attrs.add(segment.endsWith("()") ? segment.substring(0, segment.length() - 2) : segment);
          }
        }
      }
      if (returnsSource) {
        returns.add(origin);
      }
      attrs.forEach(attr -> reading.computeIfAbsent(attr, k -> new ArrayList<>()).add(origin));
    });
    this.returning = List.copyOf(returns);
    Map<String, List<Origin>> frozen = new HashMap<>();
    reading.forEach((attr, origins) -> frozen.put(attr, List.copyOf(origins)));
    this.readers = Map.copyOf(frozen);
  }

  private ProjectSummaries(ProjectSummaries same, TemplateIndex templates, UrlConfs urlConfs) {
    this.byName = same.byName;
    this.templates = templates;
    this.urlConfs = urlConfs;
    this.returning = same.returning;
    this.readers = same.readers;
  }

  /** The same summaries with the project's templates, which render calls are checked against. */
  public ProjectSummaries withTemplates(TemplateIndex templates) {
    return new ProjectSummaries(this, templates, urlConfs);
  }

  /** The functions whose summary returns source data, or returns a closure that does. */
  public List<Origin> returning() {
    return returning;
  }

  /**
   * The functions that read attribute {@code attr} (or call method {@code attr}) off one of their
   * arguments, maybe further down a chain: given a request object, such a function may return a source.
   */
  public List<Origin> readers(String attr) {
    return readers.getOrDefault(attr, List.of());
  }

  /** The same summaries with the views the project's URL configurations register (Django's urls.py). */
  public ProjectSummaries withUrlConfs(UrlConfs urlConfs) {
    return new ProjectSummaries(this, templates, urlConfs);
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
