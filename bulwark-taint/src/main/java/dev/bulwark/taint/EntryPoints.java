package dev.bulwark.taint;

import dev.bulwark.python.ast.Arg;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.semantic.Binding;
import dev.bulwark.semantic.CallArguments;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entry points of one module's request handlers: which functions are routes, FastAPI
 * dependencies, views a URL configuration registers or verb methods of class-based views, which of
 * their parameters the framework fills from the request as text, and which answer with HTML.
 */
final class EntryPoints {

  /** Route converters and annotations that only let numbers and UUIDs through. */
  private static final java.util.regex.Pattern SAFE_CONVERTER =
      java.util.regex.Pattern.compile("<(?:int|float|uuid):(\\w+)>|\\{(\\w+):(?:int|float|uuid)}");
  /** Objects FastAPI and Starlette pass to a handler by its parameter's annotation. */
  private static final Set<String> FRAMEWORK_OBJECTS = Set.of("fastapi.Request", "fastapi.Response",
      "fastapi.BackgroundTasks", "starlette.requests.Request", "starlette.responses.Response",
      "starlette.background.BackgroundTasks", "fastapi.requests.Request", "fastapi.responses.Response");
  /** The request classes of the frameworks, as a parameter's annotation names them. */
  static final Set<String> REQUEST_TYPES = Set.of("fastapi.Request", "starlette.requests.Request",
      "fastapi.requests.Request", "aiohttp.web.Request", "aiohttp.web_request.Request", "django.http.HttpRequest",
      "django.http.request.HttpRequest");
  private static final Set<String> SAFE_TYPES = Set.of("builtins.int", "builtins.float", "builtins.bool",
      "uuid.UUID", "datetime.date", "datetime.datetime");

  private final SemanticModel model;
  private final ActiveModels models;
  private final ProjectSummaries project;
  /** The module's top-level functions and classes by name, and the class of each method (filled by the analysis). */
  private final Map<String, Stmt> topLevelDefs;
  private final Map<String, Stmt.ClassDef> topLevelClasses;
  private final Map<Stmt, Stmt.ClassDef> methodOf;
  /** The module's functions that FastAPI calls as dependencies, their parameters filled from the request; lazily. */
  private Set<Stmt> dependencyDefs;

  EntryPoints(SemanticModel model, ActiveModels models, ProjectSummaries project, Map<String, Stmt> topLevelDefs,
      Map<String, Stmt.ClassDef> topLevelClasses, Map<Stmt, Stmt.ClassDef> methodOf) {
    this.model = model;
    this.models = models;
    this.project = project;
    this.topLevelDefs = topLevelDefs;
    this.topLevelClasses = topLevelClasses;
    this.methodOf = methodOf;
  }

  /**
   * Whether a route parameter can only hold a number, a boolean or a UUID: its annotation says so
   * (FastAPI validates it), or the route's path converter does ({@code <int:id>}, {@code {id:int}}).
   */
  boolean typed(Arg p, Scope scope, List<Expr> decorators) {
    if (p.annotation() != null
        && model.qualifiedName(p.annotation(), model.moduleScope()).filter(SAFE_TYPES::contains).isPresent()) {
      return true;
    }
    if (p.annotation() != null && model.qualifiedName(p.annotation(), model.moduleScope())
        .filter(FRAMEWORK_OBJECTS::contains).isPresent()) {
      // the framework passes its own object: what is read from it is modelled (param-source), the rest
      // (the session, the state, the response being built) is not the attacker's
      return true;
    }
    for (Expr d : decorators) {
      if (d instanceof Expr.Call c && !c.args().isEmpty()) {
        String route = model.constantString(c.args().get(0), model.moduleScope()).orElse("");
        java.util.regex.Matcher m = SAFE_CONVERTER.matcher(route);
        while (m.find()) {
          if (p.arg().equals(m.group(1)) || p.arg().equals(m.group(2))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The qualified name of {@code def} when it is a module-level function a URL configuration registers as a view; else null. */
  String registeredView(Stmt def) {
    String name = def == null ? null : Defs.name(def);
    if (name == null || project.urlConfs().size() == 0 || model.moduleScope().bindings(name).size() != 1
        || !(model.moduleScope().bindings(name).get(0) instanceof Binding.Definition d) || d.node() != def) {
      return null;
    }
    return project.urlConfs().registers(d.qualifiedName()) ? d.qualifiedName() : null;
  }

  /** The functions of this module that its functions name as FastAPI dependencies (computed once). */
  Set<Stmt> dependencies() {
    if (dependencyDefs == null) {
      dependencyDefs = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      for (Stmt def : topLevelDefs.values()) {
        if (!(def instanceof Stmt.FunctionDef || def instanceof Stmt.AsyncFunctionDef)) {
          continue;
        }
        for (Arg p : Defs.parameters(def)) {
          Expr.Call marker = Dependencies.marker(def, p, model);
          Expr fn = marker == null ? null : Dependencies.dependency(marker);
          if (fn instanceof Expr.Name n && topLevelDefs.containsKey(n.id())
              && model.lookup(n.id(), model.moduleScope()) == model.moduleScope()) {
            dependencyDefs.add(topLevelDefs.get(n.id()));
          }
        }
      }
    }
    return dependencyDefs;
  }

  /** Whether {@code def} is a plain method of a Django or DRF class-based view. */
  boolean isViewMethod(Stmt def) {
    Stmt.ClassDef cls = def == null ? null : methodOf.get(def);
    return cls != null && (ViewClasses.isView(cls, model, topLevelClasses) || registeredClass(cls));
  }

  /** Whether {@code cls}, a class of this module, is registered as a view in a URL configuration ({@code as_view()}). */
  private boolean registeredClass(Stmt.ClassDef cls) {
    return registeredClassName(cls) != null;
  }

  /** The qualified name of {@code cls} when a URL configuration registers it with {@code as_view()}; else null. */
  private String registeredClassName(Stmt.ClassDef cls) {
    List<Binding> bs = model.moduleScope().bindings(cls.name());
    return project.urlConfs().size() > 0 && bs.size() == 1 && bs.get(0) instanceof Binding.Definition d
        && d.node() == cls && project.urlConfs().registersClass(d.qualifiedName()) ? d.qualifiedName() : null;
  }

  /**
   * Whether parameter {@code p} of a view's verb method may hold text from the URL: any parameter when
   * no URL configuration registers the class (its routes are unknown), else one its routes give as text
   * ({@code <int:pk>} gives a number).
   */
  boolean verbUrlText(Stmt def, Arg p) {
    String cls = registeredClassName(methodOf.get(def));
    return cls == null || project.urlConfs().classUrlText(cls, p.arg());
  }

  /** The {@code *args} and {@code **kwargs} parameters of {@code def}, those it has. */
  static List<Arg> restParameters(Stmt def) {
    dev.bulwark.python.ast.Arguments args = def instanceof Stmt.FunctionDef f ? f.args()
        : ((Stmt.AsyncFunctionDef) def).args();
    List<Arg> out = new ArrayList<>();
    if (args.vararg() != null) {
      out.add(args.vararg());
    }
    if (args.kwarg() != null) {
      out.add(args.kwarg());
    }
    return out;
  }

  boolean isRoute(List<Expr> decorators) {
    return models.anyRoute(decorators);
  }

  /**
   * Whether a handler with these decorators sends a string it returns as an HTML response: Flask's
   * (the model marks its route decorators), or one whose {@code response_class=} is a response class
   * the models make an XSS sink (FastAPI's {@code response_class=HTMLResponse}).
   */
  boolean isHtmlRoute(List<Expr> decorators) {
    for (Expr d : decorators) {
      Expr.Call c = models.routeCall(d);
      if (c == null) {
        continue;
      }
      if (models.htmlRouteDecorators.contains(((Expr.Attribute) c.func()).attr())) {
        return true;
      }
      Expr responseClass = CallArguments.keyword(c, "response_class").orElse(null);
      String q = responseClass == null ? null : model.qualifiedName(responseClass, model.moduleScope()).orElse(null);
      if (q != null && models.sinks(q, null).stream().anyMatch(s -> s.kind() == SinkKind.XSS)) {
        return true;
      }
    }
    return false;
  }
}
