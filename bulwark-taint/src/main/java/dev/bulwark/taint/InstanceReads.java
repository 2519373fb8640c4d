package dev.bulwark.taint;

import dev.bulwark.python.ast.Arg;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reads of objects in one function body (or the module's top level): attributes of the request
 * object a framework hands a handler (a parameter, {@code self.request} of a class-based view, a name
 * bound to one of these), and attacker data an instance keeps from its constructor's arguments
 * ({@code Form(request).request.args}). Other taint comes from the body's analysis through
 * {@link BodyFlow}.
 */
final class InstanceReads {

  private final SemanticModel model;
  private final ActiveModels models;
  private final ProjectSummaries project;
  private final Scope scope;
  /** The function whose body this is; null for the module's top level. */
  private final Stmt def;
  private final CallTargets targets;
  private final Map<String, Stmt.ClassDef> topLevelClasses;
  /** The class each method is defined in. */
  private final Map<Stmt, Stmt.ClassDef> methodOf;
  private final Set<String> paramSourceNames;
  /** Parameters named otherwise that hold the object of a parameter source ({@code req: Request}), with its name. */
  private final Map<String, String> paramSourceAliases;
  private final BodyFlow flow;

  InstanceReads(SemanticModel model, ActiveModels models, ProjectSummaries project, Scope scope, Stmt def,
      CallTargets targets, Map<String, Stmt.ClassDef> topLevelClasses, Map<Stmt, Stmt.ClassDef> methodOf,
      Set<String> paramSourceNames, Map<String, String> paramSourceAliases, BodyFlow flow) {
    this.model = model;
    this.models = models;
    this.project = project;
    this.scope = scope;
    this.def = def;
    this.targets = targets;
    this.topLevelClasses = topLevelClasses;
    this.methodOf = methodOf;
    this.paramSourceNames = paramSourceNames;
    this.paramSourceAliases = paramSourceAliases;
    this.flow = flow;
  }

  /** Whether the source {@code q} is the request's path, read in a handler whose every route is a fixed path. */
  boolean fixedRoutePath(String q) {
    return q != null && def != null && models.routePathSources.contains(q) && fixedRoutes(Defs.decorators(def));
  }

  /**
   * Whether {@code decorators} register the function for routes only, each a constant path without
   * variable parts ({@code <name>} in Flask, {@code {name}} in Starlette).
   */
  private boolean fixedRoutes(List<Expr> decorators) {
    boolean any = false;
    for (Expr d : decorators) {
      Expr.Call c = models.routeCall(d);
      if (c == null) {
        continue;
      }
      String path = c.args().isEmpty() ? null : model.constantString(c.args().get(0), model.moduleScope()).orElse(null);
      if (path == null || path.indexOf('<') >= 0 || path.indexOf('{') >= 0) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** What reading {@code path} off {@code base} (an expression of scope {@code in}) yields. */
  Taint resolveRead(Expr base, Scope in, List<String> path, Map<String, Taint> st, int depth) {
    if (base == null || depth > ObjectPaths.MAX_PATH) {
      return null;
    }
    String object = path.isEmpty() ? null : requestObject(base, in);
    if (object != null) {
      return objectRead(base, object, path.get(0));
    }
    SemanticModel.BoundValue b = base instanceof Expr.Call ? new SemanticModel.BoundValue(base, in)
        : in == scope ? targets.madeBy(base) : null;
    if (!path.isEmpty() && b != null && b.value() instanceof Expr.Call made) {
      Expr kept = keptArgument(made, b.scope(), path.get(0));
      if (kept != null) {
        return resolveRead(kept, b.scope(), path.subList(1, path.size()), st, depth + 1);
      }
    }
    // attacker data kept as it was given: read as a whole or by plain attributes and items
    if (in == scope && path.stream().noneMatch(p -> p.endsWith("()"))
        && (base instanceof Expr.Name || base instanceof Expr.Attribute || base instanceof Expr.Subscript)) {
      Taint t = flow.eval(base, st);
      return t != null && t.attacker() ? t : null;
    }
    return null;
  }

  /**
   * The argument of {@code made} (a constructor call) that the constructor keeps as attribute
   * {@code attr} of the instance ({@code self.request = request}), for a class of this module or of
   * the project; else null.
   */
  private Expr keptArgument(Expr.Call made, Scope in, String attr) {
    List<String> params = null;
    Integer p = null;
    if (made.func() instanceof Expr.Name cn && topLevelClasses.containsKey(cn.id())
        && model.lookup(cn.id(), in) == model.moduleScope()) {
      Stmt init = targets.sibling(topLevelClasses.get(cn.id()), "__init__");
      if (init != null) {
        p = ObjectPaths.stores(init).get(attr);
        params = Defs.parameters(init).stream().map(Arg::arg).toList();
      }
    } else {
      String cls = model.qualifiedName(made.func(), in).orElse(null);
      FunctionSummary init = cls == null ? null : project.get(cls + ".__init__").orElse(null);
      if (init != null) {
        p = init.objects().stores().get(attr);
        params = init.params();
      }
    }
    return p == null || p < 1 || p >= params.size() ? null : TaintAnalysis.byNameOrPlace(made, p - 1, params.get(p)).orElse(null);
  }

  /**
   * The object a framework hands a request handler, when {@code e} is one: a name whose attributes
   * are sources by the models ({@code flask.request}), or a parameter named for a parameter source
   * ({@code request} in a Django view, as {@code param:request}); else null.
   */
  private String requestObject(Expr e, Scope in) {
    String q = model.qualifiedName(e, in).orElse(null);
    if (q != null && q.indexOf('.') > 0 && models.sources(q) == null) {
      String prefix = q + ".";
      if (models.valueSources.keySet().stream().anyMatch(k -> k.startsWith(prefix))
          || models.callSources.keySet().stream().anyMatch(k -> k.startsWith(prefix))) {
        return q;
      }
    }
    String held = in == scope ? requestParameter(e, 0) : null;
    return held == null ? null : "param:" + held;
  }

  /**
   * The parameter-source name ({@code request}) of the request object {@code e} holds: a parameter
   * named for a parameter source or annotated with a request class, {@code self.request} of a
   * class-based view, or a local name bound once to one of these ({@code r = self.request}); else null.
   */
  String requestParameter(Expr e, int depth) {
    if (e instanceof Expr.Name n && paramSourceNames.contains(n.id()) && model.lookup(n.id(), scope) == scope) {
      return paramSourceAliases.getOrDefault(n.id(), n.id());
    }
    String held = heldRequest(e);
    if (held != null || depth >= ObjectPaths.MAX_PATH || !(e instanceof Expr.Name n)) {
      return held;
    }
    return model.boundValue(n.id(), scope).filter(b -> b.scope() == scope)
        .map(b -> requestParameter(b.value(), depth + 1)).orElse(null);
  }

  /**
   * The parameter-source name ({@code request}) when {@code e} is {@code self.request} in a method of
   * a class with a base class (a class-based view, whose framework sets the attribute) that does not
   * set that attribute to something it makes itself; else null.
   */
  private String heldRequest(Expr e) {
    if (!(e instanceof Expr.Attribute a) || !(a.value() instanceof Expr.Name self) || def == null
        || !models.paramSources.containsKey(a.attr()) || !methodOf.containsKey(def)
        || !self.id().equals(Defs.selfName(def)) || methodOf.get(def).bases().isEmpty()
        || ObjectPaths.binding(def, model) != ObjectSummary.Binding.PLAIN) {
      return null;
    }
    for (Stmt m : methodOf.get(def).body()) {
      String selfName = Defs.name(m) == null ? null : Defs.selfName(m);
      for (Stmt s : selfName == null ? List.<Stmt>of() : ObjectPaths.statements(Defs.body(m))) {
        if (s instanceof Stmt.Assign as && !(as.value() instanceof Expr.Name) && as.targets().stream().anyMatch(
            t -> t instanceof Expr.Attribute ta && ta.attr().equals(a.attr()) && ta.value() instanceof Expr.Name tn
                && tn.id().equals(selfName))) {
          return null;
        }
      }
    }
    return a.attr();
  }

  /** Attribute {@code segment} of the request object {@code object}: a source, or null when the models say it is not. */
  private Taint objectRead(Expr base, String object, String segment) {
    boolean called = segment.endsWith("()");
    String attr = called ? segment.substring(0, segment.length() - 2) : segment;
    String shown = TaintAnalysis.describe(base) + "." + attr;
    if (object.startsWith("param:")) {
      Set<String> attrs = models.paramSources.get(object.substring("param:".length()));
      return attrs != null && attrs.contains(attr) ? Taint.source(shown, false, base.range()) : null;
    }
    if (!called && fixedRoutePath(object + "." + attr)) {
      return null; // the path of a route without variable parts is that route's text
    }
    Boolean local = models.valueSources.get(object + "." + attr);
    if (local == null && called) {
      local = models.callSources.get(object + "." + attr);
    }
    return local == null ? null : Taint.source(called ? shown + "()" : shown, local, base.range());
  }
}
