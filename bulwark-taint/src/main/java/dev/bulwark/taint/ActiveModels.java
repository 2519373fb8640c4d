package dev.bulwark.taint;

import dev.bulwark.python.ast.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The models that apply to one file, indexed by name. */
final class ActiveModels {
  /** Source names, each with whether it is local. */
  final Map<String, Boolean> valueSources = new HashMap<>();
  final Map<String, Boolean> callSources = new HashMap<>();
  /** Sources that are the request's path: fixed in a handler whose routes have no variable parts. */
  final Set<String> routePathSources = new HashSet<>();
  final Map<String, List<TaintModel.Sink>> sinks = new HashMap<>();
  final Map<String, Set<SinkKind>> sanitizers = new HashMap<>();
  final Map<String, Set<SinkKind>> guards = new HashMap<>();
  final Set<String> propagators = new HashSet<>();
  final Map<String, Set<String>> paramSources = new HashMap<>();
  final Set<String> routeDecorators = new HashSet<>();
  /** Route decorators whose handlers send a returned string as HTML. */
  final Set<String> htmlRouteDecorators = new HashSet<>();
  final List<TaintModel.UnsafeObject> unsafeObjects = new ArrayList<>();

  ActiveModels(List<TaintModel> models, Set<String> roots) {
    for (TaintModel m : models) {
      if (!m.appliesTo(roots)) {
        continue;
      }
      for (TaintModel.Source s : m.sources()) {
        (s.call() ? callSources : valueSources).put(s.name(), s.local());
        if (s.routePath()) {
          routePathSources.add(s.name());
        }
      }
      for (TaintModel.ParamSource p : m.paramSources()) {
        paramSources.computeIfAbsent(p.parameter(), k -> new HashSet<>()).add(p.attribute());
      }
      routeDecorators.addAll(m.routeDecorators());
      htmlRouteDecorators.addAll(m.htmlRouteDecorators());
      for (TaintModel.Sink s : m.sinks()) {
        sinks.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s);
      }
      for (TaintModel.Sanitizer s : m.sanitizers()) {
        sanitizers.computeIfAbsent(s.name(), k -> java.util.EnumSet.noneOf(SinkKind.class)).addAll(s.protects());
      }
      for (TaintModel.Sanitizer g : m.guards()) {
        guards.computeIfAbsent(g.name(), k -> java.util.EnumSet.noneOf(SinkKind.class)).addAll(g.protects());
      }
      propagators.addAll(m.propagators());
      unsafeObjects.addAll(m.unsafeObjects());
    }
  }

  /** The call of a route decorator ({@code @app.route("/x")}, {@code @router.get(...)}), or null for another decorator. */
  Expr.Call routeCall(Expr decorator) {
    return decorator instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && routeDecorators.contains(a.attr())
        ? c : null;
  }

  /** Whether any of {@code decorators} registers the function as a request handler. */
  boolean anyRoute(List<Expr> decorators) {
    return decorators.stream().anyMatch(d -> routeCall(d) != null);
  }

  /** Whether anything in the file can be attacker data by these models. */
  boolean hasSources() {
    return !valueSources.isEmpty() || !callSources.isEmpty() || !paramSources.isEmpty() || !routeDecorators.isEmpty();
  }

  /** Non-null when {@code q} is a value or call source. */
  String sources(String q) {
    return q != null && (valueSources.containsKey(q) || callSources.containsKey(q)) ? q : null;
  }

  List<TaintModel.Sink> sinks(String q, String method) {
    List<TaintModel.Sink> r = new ArrayList<>();
    if (q != null && sinks.containsKey(q)) {
      r.addAll(sinks.get(q));
    }
    if (method != null && (q == null || !sinks.containsKey(q)) && sinks.containsKey(method)) {
      r.addAll(sinks.get(method));
    }
    return r;
  }

  Set<SinkKind> sanitizer(String q, String method) {
    if (q != null && sanitizers.containsKey(q)) {
      return sanitizers.get(q);
    }
    return method != null && q == null ? sanitizers.get(method) : null;
  }

  boolean propagates(String q, String method) {
    return (q != null && propagators.contains(q)) || (method != null && propagators.contains(method));
  }
}
