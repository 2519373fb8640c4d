package dev.bulwark.taint;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.semantic.SemanticModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How a Django project routes requests, read from the whole project: its URL configurations (every
 * {@code urls.py}, the module a settings module names in {@code ROOT_URLCONF} and those an
 * {@code include("shop.routes")} names, transitively) and its class-based views that derive from a
 * framework's view class through project classes of other modules ({@code class ItemView(BaseView)}
 * with {@code BaseView} in {@code core.views}). Only modules whose text may matter are parsed: a view
 * class's module names a framework's view package or one of the project's view classes.
 */
public final class DjangoRouting {
  private DjangoRouting() {}

  /**
   * A scanned module.
   *
   * @param name its dotted name
   * @param fileName its file's name ({@code urls.py})
   * @param text its text, or "" when it cannot be read (asked more than once: keep it)
   * @param parsed it parsed with its semantic model, or null when it cannot be read or parsed (asked once)
   */
  public record Source(String name, String fileName, Supplier<String> text,
      Supplier<ProjectAnalysis.ParsedModule> parsed) {}

  private static final Set<String> INCLUDE = Set.of("django.urls.include", "django.conf.urls.include");
  /** Texts one of which a module defining a view class directly on a framework's class spells. */
  private static final List<String> FRAMEWORK_VIEWS = List.of("django.views", "django import views", "rest_framework");
  private static final int MAX_ROUNDS = 8;

  /** The views the project's URL configurations register, with its class-based views however they derive. */
  public static UrlConfs of(List<Source> sources) {
    Map<String, Source> byName = new LinkedHashMap<>();
    Map<Source, ProjectAnalysis.ParsedModule> parsed = new HashMap<>();
    for (Source s : sources) {
      byName.putIfAbsent(s.name(), s);
    }
    return UrlConfs.of(urlModules(sources, byName, parsed)).withViewClasses(viewClasses(sources, parsed));
  }

  private static ProjectAnalysis.ParsedModule parse(Source s, Map<Source, ProjectAnalysis.ParsedModule> parsed) {
    if (!parsed.containsKey(s)) {
      parsed.put(s, s.parsed().get());
    }
    return parsed.get(s);
  }

  /** Every urls.py, the ROOT_URLCONF modules and the modules their include() calls name, parsed. */
  private static List<ProjectAnalysis.ParsedModule> urlModules(List<Source> sources, Map<String, Source> byName,
      Map<Source, ProjectAnalysis.ParsedModule> parsed) {
    Deque<Source> queue = new ArrayDeque<>();
    for (Source s : sources) {
      if (UrlConfs.isUrlConf(s.fileName())) {
        queue.add(s);
      } else if (s.text().get().contains("ROOT_URLCONF")) {
        ProjectAnalysis.ParsedModule m = parse(s, parsed);
        String root = m == null ? null : rootUrlConf(m);
        if (root != null && byName.containsKey(root)) {
          queue.add(byName.get(root));
        }
      }
    }
    Set<Source> seen = new HashSet<>();
    List<ProjectAnalysis.ParsedModule> out = new ArrayList<>();
    while (!queue.isEmpty()) {
      Source s = queue.poll();
      ProjectAnalysis.ParsedModule m = seen.add(s) ? parse(s, parsed) : null;
      if (m == null) {
        continue;
      }
      out.add(m);
      for (String included : included(m)) {
        Source next = byName.get(included);
        if (next != null) {
          queue.add(next);
        }
      }
    }
    return out;
  }

  /** The module a settings module names in {@code ROOT_URLCONF = "mysite.routes"}, or null. */
  private static String rootUrlConf(ProjectAnalysis.ParsedModule m) {
    String found = null;
    for (Stmt s : m.module().body()) {
      if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
          && n.id().equals("ROOT_URLCONF")) {
        found = m.model().constantString(a.value(), m.model().moduleScope()).orElse(found);
      }
    }
    return found;
  }

  /** The modules a URL configuration includes by name ({@code include("shop.routes")}). */
  private static Set<String> included(ProjectAnalysis.ParsedModule m) {
    SemanticModel model = m.model();
    Set<String> names = new HashSet<>();
    OwnBodyVisitor includes = new OwnBodyVisitor() {
      @Override
      public void visitCall(Expr.Call c) {
        if (!c.args().isEmpty() && model.qualifiedName(c.func(), model.moduleScope()).filter(INCLUDE::contains).isPresent()) {
          Expr arg = c.args().get(0) instanceof Expr.Tuple t && !t.elts().isEmpty() ? t.elts().get(0) : c.args().get(0);
          model.constantString(arg, model.moduleScope()).ifPresent(names::add);
        }
        OwnBodyVisitor.super.visitCall(c);
      }
    };
    for (Stmt s : m.module().body()) {
      includes.visit(s);
    }
    return names;
  }

  /**
   * The qualified names of the project's classes deriving from a framework's view class, directly or
   * through project classes of any module. Modules are read in rounds: first those that spell a
   * framework's view package, then those that spell the name of a view class found so far.
   */
  private static Set<String> viewClasses(List<Source> sources, Map<Source, ProjectAnalysis.ParsedModule> parsed) {
    Map<String, List<String>> basesOf = new HashMap<>();
    Set<Source> read = new HashSet<>();
    Set<String> views = new HashSet<>();
    List<String> words = new ArrayList<>(FRAMEWORK_VIEWS);
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean more = false;
      for (Source s : sources) {
        if (!read.contains(s) && s.text().get().contains("class ") && words.stream().anyMatch(s.text().get()::contains)) {
          read.add(s);
          more = true;
          ProjectAnalysis.ParsedModule m = parse(s, parsed);
          if (m != null) {
            classes(s.name(), m, basesOf);
          }
        }
      }
      if (!more) {
        break;
      }
      for (boolean grew = true; grew; ) {
        grew = false;
        for (Map.Entry<String, List<String>> e : basesOf.entrySet()) {
          if (!views.contains(e.getKey())
              && e.getValue().stream().anyMatch(b -> views.contains(b) || ViewClasses.isFrameworkView(b))) {
            views.add(e.getKey());
            words.add(e.getKey().substring(e.getKey().lastIndexOf('.') + 1));
            grew = true;
          }
        }
      }
    }
    return views;
  }

  /** Records the module-level classes of {@code m} with the qualified names of their bases. */
  private static void classes(String module, ProjectAnalysis.ParsedModule m, Map<String, List<String>> basesOf) {
    SemanticModel model = m.model();
    for (Stmt s : m.module().body()) {
      if (s instanceof Stmt.ClassDef c) {
        List<String> bases = new ArrayList<>();
        for (Expr b : c.bases()) {
          model.qualifiedName(b, model.moduleScope()).ifPresent(bases::add);
        }
        basesOf.put(module + "." + c.name(), bases);
      }
    }
  }
}
