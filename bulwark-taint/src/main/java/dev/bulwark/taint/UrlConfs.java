package dev.bulwark.taint;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.semantic.SemanticModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Django function views a project's URL configurations register ({@code path("item/<slug:slug>/",
 * views.show)}, {@code re_path(r"^item/(?P<pk>\w+)/$", show)}), each with the URL parameters Django
 * passes it. Such a view takes the request as its first parameter whatever it is called
 * ({@code def show(req, slug)}), and the URL's parameters after it; a parameter the route only lets
 * digits into ({@code <int:pk>}, {@code (?P<pk>\d+)}) is a number. A class registered through
 * {@code ItemView.as_view()} is a class-based view, whatever it derives from. Immutable.
 */
public final class UrlConfs {

  /** No URL configuration. */
  public static final UrlConfs EMPTY = new UrlConfs(Map.of(), Map.of());

  /**
   * A registered view: the URL parameters it gets by name that may hold text, how many it gets by
   * position, and whether any parameter may hold text (its routes are unknown, or a router's lookup
   * accepts any characters).
   */
  record View(Set<String> textParams, int positional, boolean anyText) {
    View(Set<String> textParams, int positional) {
      this(textParams, positional, false);
    }
  }

  /** A view whose routes are unknown or let any text into every parameter. */
  private static final View ANY_TEXT = new View(Set.of(), 0, true);

  /** The DRF routers, whose {@code register(prefix, viewset)} makes a viewset's actions handlers. */
  private static final Set<String> ROUTERS = Set.of("rest_framework.routers.DefaultRouter",
      "rest_framework.routers.SimpleRouter");

  private static final Set<String> ROUTE_FUNCTIONS = Set.of("django.urls.path", "django.urls.re_path",
      "django.conf.urls.url");
  /** A path converter: {@code <name>} or {@code <conv:name>}. */
  private static final Pattern CONVERTER = Pattern.compile("<(?:(\\w+):)?(\\w+)>");
  /** A named regular-expression group without nested groups, and its body. */
  private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?P<(\\w+)>([^()]*)\\)");
  /** An unnamed capturing group. */
  private static final Pattern UNNAMED_GROUP = Pattern.compile("(?<!\\\\)\\((?!\\?)");
  /** Group bodies that match digits only. */
  private static final Pattern DIGITS = Pattern.compile("(?:\\\\d|\\[0-9])(?:\\+|\\*|\\{\\d+(?:,\\d*)?})");
  private static final Set<String> NUMERIC_CONVERTERS = Set.of("int");

  private final Map<String, View> views;
  /** The classes registered through {@code as_view()}: class-based views, whatever they derive from. */
  private final Map<String, View> viewClasses;

  private UrlConfs(Map<String, View> views, Map<String, View> viewClasses) {
    this.views = Map.copyOf(views);
    this.viewClasses = Map.copyOf(viewClasses);
  }

  /** Whether {@code fileName} is, by Django's convention, a URL configuration ({@code urls.py}). */
  public static boolean isUrlConf(String fileName) {
    return fileName.equals("urls.py");
  }

  /** The views that the URL configurations {@code modules} register, by qualified name. */
  public static UrlConfs of(List<ProjectAnalysis.ParsedModule> modules) {
    Map<String, View> out = new HashMap<>();
    Map<String, View> classes = new HashMap<>();
    for (ProjectAnalysis.ParsedModule m : modules) {
      collect(m.module(), m.model(), out, classes);
    }
    return out.isEmpty() && classes.isEmpty() ? EMPTY : new UrlConfs(out, classes);
  }

  private static void collect(Mod.Module module, SemanticModel model, Map<String, View> out, Map<String, View> classes) {
    Set<String> routers = routers(module, model);
    OwnBodyVisitor routes = new OwnBodyVisitor() {
      @Override
      public void visitCall(Expr.Call c) {
        String viewset = registeredViewSet(c, routers, model);
        if (viewset != null) {
          // the default lookup ([^/.]+) lets any text into pk, and lookup_field may rename it
          classes.merge(viewset, ANY_TEXT, UrlConfs::merge);
        }
        String viewClass = c.args().size() >= 2 ? asViewOf(c.args().get(1), model) : null;
        String func = model.qualifiedName(c.func(), model.moduleScope()).orElse("");
        String classRoute = viewClass == null ? null : model.constantString(c.args().get(0), model.moduleScope()).orElse(null);
        if (classRoute != null && ROUTE_FUNCTIONS.contains(func)) {
          classes.merge(viewClass, func.equals("django.urls.path") ? fromPath(classRoute) : fromRegex(classRoute),
              UrlConfs::merge);
        }
        if (c.args().size() >= 2 && (c.args().get(1) instanceof Expr.Name || c.args().get(1) instanceof Expr.Attribute)) {
          String f = model.qualifiedName(c.func(), model.moduleScope()).orElse("");
          String view = model.qualifiedName(c.args().get(1), model.moduleScope()).orElse(null);
          String route = model.constantString(c.args().get(0), model.moduleScope()).orElse(null);
          if (ROUTE_FUNCTIONS.contains(f) && view != null && route != null) {
            out.merge(view, f.equals("django.urls.path") ? fromPath(route) : fromRegex(route), UrlConfs::merge);
          }
        }
        OwnBodyVisitor.super.visitCall(c);
      }
    };
    for (Stmt s : module.body()) {
      routes.visit(s);
    }
  }

  /** The module-level names bound to a DRF router ({@code router = DefaultRouter()}). */
  private static Set<String> routers(Mod.Module module, SemanticModel model) {
    Set<String> names = new HashSet<>();
    for (Stmt s : module.body()) {
      if (s instanceof Stmt.Assign a && a.value() instanceof Expr.Call call && a.targets().size() == 1
          && a.targets().get(0) instanceof Expr.Name n
          && model.qualifiedName(call.func(), model.moduleScope()).filter(ROUTERS::contains).isPresent()) {
        names.add(n.id());
      }
    }
    return names;
  }

  /** The qualified name of the viewset of {@code router.register(prefix, ItemViewSet)}, or null for another call. */
  private static String registeredViewSet(Expr.Call c, Set<String> routers, SemanticModel model) {
    if (routers.isEmpty() || c.args().size() < 2 || !(c.func() instanceof Expr.Attribute a)
        || !a.attr().equals("register") || !(a.value() instanceof Expr.Name r) || !routers.contains(r.id())) {
      return null;
    }
    Expr viewset = c.args().get(1);
    return viewset instanceof Expr.Name || viewset instanceof Expr.Attribute
        ? model.qualifiedName(viewset, model.moduleScope()).orElse(null) : null;
  }

  /** The qualified name of the class of {@code ItemView.as_view(...)}, or null for another expression. */
  private static String asViewOf(Expr e, SemanticModel model) {
    return e instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && a.attr().equals("as_view")
        && (a.value() instanceof Expr.Name || a.value() instanceof Expr.Attribute)
        ? model.qualifiedName(a.value(), model.moduleScope()).orElse(null) : null;
  }

  private static View merge(View a, View b) {
    Set<String> names = new HashSet<>(a.textParams());
    names.addAll(b.textParams());
    return new View(Set.copyOf(names), Math.max(a.positional(), b.positional()), a.anyText() || b.anyText());
  }

  private static View fromPath(String route) {
    Set<String> text = new HashSet<>();
    Matcher m = CONVERTER.matcher(route);
    while (m.find()) {
      if (m.group(1) == null || !NUMERIC_CONVERTERS.contains(m.group(1))) {
        text.add(m.group(2));
      }
    }
    return new View(Set.copyOf(text), 0);
  }

  private static View fromRegex(String route) {
    Set<String> text = new HashSet<>();
    Matcher m = NAMED_GROUP.matcher(route);
    boolean named = false;
    while (m.find()) {
      named = true;
      if (!DIGITS.matcher(m.group(2)).matches()) {
        text.add(m.group(1));
      }
    }
    if (named || route.contains("(?P<")) {
      return new View(Set.copyOf(text), 0); // Django passes positional groups only when no group is named
    }
    int positional = 0;
    Matcher u = UNNAMED_GROUP.matcher(route);
    while (u.find()) {
      positional++;
    }
    return new View(Set.of(), positional);
  }

  /** Whether a URL configuration registers {@code qualifiedName} as a view. */
  public boolean registers(String qualifiedName) {
    return views.containsKey(qualifiedName);
  }

  /**
   * Whether parameter {@code index} ({@code name}) of the registered view {@code qualifiedName} gets
   * text from the URL: named in a route without a numeric converter, or one of the positional groups.
   */
  public boolean urlText(String qualifiedName, int index, String name) {
    View v = views.get(qualifiedName);
    return v != null && index > 0 && (v.textParams().contains(name) || index <= v.positional());
  }

  /** Whether a URL configuration registers the class {@code qualifiedName} with {@code as_view()}. */
  public boolean registersClass(String qualifiedName) {
    return viewClasses.containsKey(qualifiedName);
  }

  /**
   * Whether the parameter {@code name} of a verb method ({@code get(self, request, pk)}) of the
   * registered view class {@code qualifiedName} gets text from the URL: named in one of its routes
   * without a numeric converter, or given by position.
   */
  public boolean classUrlText(String qualifiedName, String name) {
    View v = viewClasses.get(qualifiedName);
    return v != null && (v.anyText() || v.textParams().contains(name) || v.positional() > 0);
  }

  /**
   * The same views, with the project's classes {@code viewClasses} (qualified names) known as
   * class-based views too: those deriving from a framework's view class through classes of other
   * modules. A class no route registers gets text in every parameter of its verb methods.
   */
  public UrlConfs withViewClasses(Set<String> viewClasses) {
    if (viewClasses.isEmpty()) {
      return this;
    }
    Map<String, View> classes = new HashMap<>(this.viewClasses);
    viewClasses.forEach(c -> classes.putIfAbsent(c, ANY_TEXT));
    return new UrlConfs(views, classes);
  }

  /** How many views (functions and classes) are registered. */
  public int size() {
    return views.size() + viewClasses.size();
  }
}
