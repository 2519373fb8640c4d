package dev.bulwark.taint;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The sources, sinks, sanitizers and propagators of one library, read from one model file (see
 * {@link ModelReader} for the format). A name starting with a dot ({@code .execute}) stands for a
 * method of that name on any receiver; any other name is a qualified name ({@code os.system}).
 *
 * @param file where the model came from, for messages
 * @param requires top-level modules of which a file must import one for this model to apply; empty: always
 * @param htmlRouteDecorators the route decorators whose handlers' returned string is sent as an HTML
 *     response body (Flask's), a subset of {@code routeDecorators}
 */
public record TaintModel(String file, List<String> requires, List<Source> sources, List<ParamSource> paramSources,
    List<String> routeDecorators, List<Sink> sinks, List<Sanitizer> sanitizers, List<Sanitizer> guards, List<String> propagators,
    List<UnsafeObject> unsafeObjects, List<String> htmlRouteDecorators) {

  public TaintModel {
    htmlRouteDecorators = List.copyOf(htmlRouteDecorators);
    requires = List.copyOf(requires);
    sources = List.copyOf(sources);
    paramSources = List.copyOf(paramSources);
    routeDecorators = List.copyOf(routeDecorators);
    sinks = List.copyOf(sinks);
    sanitizers = List.copyOf(sanitizers);
    guards = List.copyOf(guards);
    propagators = List.copyOf(propagators);
    unsafeObjects = List.copyOf(unsafeObjects);
  }

  /** A model none of whose route handlers return HTML by returning a string. */
  public TaintModel(String file, List<String> requires, List<Source> sources, List<ParamSource> paramSources,
      List<String> routeDecorators, List<Sink> sinks, List<Sanitizer> sanitizers, List<Sanitizer> guards,
      List<String> propagators, List<UnsafeObject> unsafeObjects) {
    this(file, requires, sources, paramSources, routeDecorators, sinks, sanitizers, guards, propagators,
        unsafeObjects, List.of());
  }

  /**
   * A name whose value ({@code call == false}) or call result ({@code call == true}) an attacker
   * controls; {@code local} when that is only the local user (command line, environment, console);
   * {@code routePath} when it is the request's path, which in a handler whose every route is a fixed
   * path (no variable parts) can only be that path, so is not the sender's there.
   */
  public record Source(String name, boolean call, boolean local, boolean routePath) {

    /** A source that is the sender's data wherever it is read. */
    public Source(String name, boolean call, boolean local) {
      this(name, call, local, false);
    }
  }

  /** In a function with a parameter named {@code parameter}, reading {@code parameter.attribute} is a source. */
  public record ParamSource(String parameter, String attribute) {}

  /**
   * A call that is dangerous when attacker data reaches one of its arguments.
   *
   * @param arguments which arguments matter
   * @param whenKeyword only when this keyword argument is the constant {@code True} (e.g. {@code shell}); or null
   * @param whenUnsafe only when this argument is an {@link UnsafeObject} (a parser that resolves external
   *     entities); or null
   * @param unless not when that argument is one of these safe names (a safe YAML loader); or null
   */
  public record Sink(SinkKind kind, String name, List<Argument> arguments, String whenKeyword, Argument whenUnsafe,
      Unless unless) {
    public Sink {
      arguments = List.copyOf(arguments);
    }

    public Sink(SinkKind kind, String name, List<Argument> arguments, String whenKeyword, Argument whenUnsafe) {
      this(kind, name, arguments, whenKeyword, whenUnsafe, null);
    }

    public Sink(SinkKind kind, String name, List<Argument> arguments, String whenKeyword) {
      this(kind, name, arguments, whenKeyword, null, null);
    }
  }

  /**
   * The exception of a sink that is safe when one argument names a safe object:
   * {@code yaml.load(data, Loader=yaml.SafeLoader)}. An absent argument is not safe.
   *
   * @param argument the argument to look at
   * @param safeNames qualified names that make the call safe
   */
  public record Unless(Argument argument, List<String> safeNames) {
    public Unless {
      safeNames = List.copyOf(safeNames);
    }
  }

  /**
   * An object configured to be dangerous: the result of calling {@code name} with the constant
   * {@code keyword=value} ({@code lxml.etree.XMLParser(resolve_entities=True)}), or, when
   * {@code name} is a method ({@code .setFeature}), a receiver on which {@code name(FEATURE, True)} is
   * called with {@code keyword} naming the feature (a qualified name or its constant string value).
   */
  public record UnsafeObject(String name, String keyword, boolean value) {}

  /** An argument by position (-1: none), keyword (null: none), or every argument. */
  public record Argument(int position, String keyword, boolean any, boolean receiver) {
    public Argument(int position, String keyword, boolean any) {
      this(position, keyword, any, false);
    }
  }

  /**
   * A call whose result is safe for the given sink kinds whatever its argument; as a guard, a call
   * whose truth makes its first argument safe for them in the branch where it holds.
   */
  public record Sanitizer(Set<SinkKind> protects, String name) {
    public Sanitizer {
      protects = protects.isEmpty() ? EnumSet.noneOf(SinkKind.class) : EnumSet.copyOf(protects);
    }
  }

  /**
   * This model without its local sources (the command line, the environment, the console): for scans
   * that follow only what a remote sender controls.
   */
  public TaintModel withoutLocalSources() {
    List<Source> remote = sources.stream().filter(s -> !s.local()).toList();
    return new TaintModel(file, requires, remote, paramSources, routeDecorators, sinks, sanitizers, guards,
        propagators, unsafeObjects, htmlRouteDecorators);
  }

  /** Whether this model makes anything attacker data: a source, a parameter source or a route decorator. */
  public boolean hasSources() {
    return !sources.isEmpty() || !paramSources.isEmpty() || !routeDecorators.isEmpty();
  }

  /**
   * Whether a file with {@code text} may import one of the modules these models need before they bring
   * a source: false only when every model with sources requires modules that no import statement of
   * the text names, so that nothing in the file can be attacker data. Errs on the side of true.
   */
  public static boolean maySource(List<TaintModel> models, String text) {
    return sourceFiles(models).test(text);
  }

  /**
   * {@link #maySource} for many files: the import patterns are made once. Always true when a model
   * with sources applies to every file.
   */
  public static java.util.function.Predicate<String> sourceFiles(List<TaintModel> models) {
    java.util.Map<String, java.util.regex.Pattern> imports = new java.util.LinkedHashMap<>();
    for (TaintModel m : models) {
      if (!m.hasSources()) {
        continue;
      }
      if (m.requires.isEmpty()) {
        return text -> true;
      }
      m.requires.forEach(root -> imports.computeIfAbsent(root, TaintModel::importsOf));
    }
    return text -> imports.entrySet().stream()
        .anyMatch(e -> text.contains(e.getKey()) && e.getValue().matcher(text).find());
  }

  /** {@code from ROOT...} or {@code import ..., ROOT...} at the start of a line. */
  private static java.util.regex.Pattern importsOf(String root) {
    String r = java.util.regex.Pattern.quote(root);
    return java.util.regex.Pattern.compile("(?m)^[ \\t]*(?:from[ \\t]+" + r + "(?![\\w])|import[ \\t]+(?:[\\w.]+[ \\t]*,[ \\t]*)*"
        + r + "(?![\\w]))");
  }

  /** Whether this model applies to a file importing from these top-level modules. */
  public boolean appliesTo(Set<String> importedRoots) {
    if (requires.isEmpty()) {
      return true;
    }
    List<String> hit = new ArrayList<>(requires);
    hit.retainAll(importedRoots);
    return !hit.isEmpty();
  }
}
