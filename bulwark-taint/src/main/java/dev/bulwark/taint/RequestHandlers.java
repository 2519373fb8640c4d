package dev.bulwark.taint;

import dev.bulwark.python.ast.Arg;
import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.python.ast.TextRange;
import dev.bulwark.semantic.Binding;
import dev.bulwark.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The functions of a module that serve web requests, as the models know them: decorated as routes
 * ({@code @app.route}, {@code @router.get}) or taking the framework's request object as a parameter
 * (a Django or aiohttp view's {@code request}), or registered as Django views by a {@code urls.py}.
 * In these functions the taint analysis sees where
 * every piece of attacker data enters, which lets pattern rules whose danger depends on the input
 * defer to it.
 */
public final class RequestHandlers {
  private final List<TextRange> ranges;

  private RequestHandlers(List<TextRange> ranges) {
    this.ranges = ranges;
  }

  /** The request handlers of {@code module} under {@code models} (the ones whose libraries it imports). */
  public static RequestHandlers of(Mod.Module module, SemanticModel model, List<TaintModel> models) {
    return of(module, model, models, ProjectSummaries.EMPTY);
  }

  /**
   * The same, with the function views that the project's URL configurations register
   * ({@code def show(req, slug)} in a {@code urls.py} {@code path()}) counted as handlers too.
   */
  public static RequestHandlers of(Mod.Module module, SemanticModel model, List<TaintModel> models,
      ProjectSummaries project) {
    ActiveModels active = new ActiveModels(models, model.importedRoots());
    List<Stmt> defs = new ArrayList<>();
    Defs.collect(module.body(), defs, new IdentityHashMap<>());
    List<TextRange> ranges = new ArrayList<>();
    for (Stmt def : defs) {
      if (isHandler(def, active) || registered(def, model, project.urlConfs())) {
        ranges.add(def.range());
      }
    }
    return new RequestHandlers(List.copyOf(ranges));
  }

  private static boolean registered(Stmt def, SemanticModel model, UrlConfs urls) {
    String name = Defs.name(def);
    List<Binding> bs = name == null || urls.size() == 0 ? List.of() : model.moduleScope().bindings(name);
    return bs.size() == 1 && bs.get(0) instanceof Binding.Definition d && d.node() == def
        && urls.registers(d.qualifiedName());
  }

  /** The range of the innermost handler holding {@code at}, or null when it lies in none. */
  public TextRange enclosing(TextRange at) {
    TextRange found = null;
    for (TextRange r : ranges) {
      if (contains(r, at) && (found == null || contains(found, r))) {
        found = r;
      }
    }
    return found;
  }

  /** Whether {@code inner} lies within {@code outer}. */
  public static boolean contains(TextRange outer, TextRange inner) {
    boolean startsAfter = inner.line() > outer.line() || (inner.line() == outer.line() && inner.col() >= outer.col());
    boolean endsBefore = inner.endLine() < outer.endLine()
        || (inner.endLine() == outer.endLine() && inner.endCol() <= outer.endCol());
    return startsAfter && endsBefore;
  }

  private static boolean isHandler(Stmt def, ActiveModels models) {
    if (models.anyRoute(Defs.decorators(def))) {
      return true;
    }
    for (Arg p : Defs.parameters(def)) {
      if (models.paramSources.containsKey(p.arg())) {
        return true;
      }
    }
    return false;
  }
}
