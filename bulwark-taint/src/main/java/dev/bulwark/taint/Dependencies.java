package dev.bulwark.taint;

import dev.bulwark.python.ast.Arg;
import dev.bulwark.python.ast.Arguments;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.semantic.CallArguments;
import dev.bulwark.semantic.SemanticModel;
import java.util.List;
import java.util.Set;

/**
 * FastAPI's dependency injection: a parameter declared {@code user = Depends(current_user)} (or
 * {@code Security(...)}, or {@code Annotated[User, Depends(current_user)]}) is not read from the
 * request; FastAPI calls the dependency and passes what it returns. The dependency's own parameters
 * are read from the request, as a path operation's are.
 */
final class Dependencies {
  private Dependencies() {}

  private static final Set<String> MARKERS = Set.of("fastapi.Depends", "fastapi.Security", "fastapi.params.Depends",
      "fastapi.params.Security", "fastapi.param_functions.Depends", "fastapi.param_functions.Security");
  private static final Set<String> ANNOTATED = Set.of("typing.Annotated", "typing_extensions.Annotated");

  /**
   * The {@code Depends(...)} or {@code Security(...)} call that gives parameter {@code p} of {@code def}
   * its value, from its default or its {@code Annotated[...]} annotation; null when it has none.
   */
  static Expr.Call marker(Stmt def, Arg p, SemanticModel model) {
    Expr.Call fromDefault = asMarker(defaultOf(def, p), model);
    if (fromDefault != null) {
      return fromDefault;
    }
    if (p.annotation() instanceof Expr.Subscript s && s.slice() instanceof Expr.Tuple t
        && model.qualifiedName(s.value(), model.moduleScope()).filter(ANNOTATED::contains).isPresent()) {
      for (Expr e : t.elts()) {
        Expr.Call c = asMarker(e, model);
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  /** The dependency a marker names ({@code current_user} of {@code Depends(current_user)}), or null when it names none. */
  static Expr dependency(Expr.Call marker) {
    return marker.args().isEmpty() ? CallArguments.keyword(marker, "dependency").orElse(null) : marker.args().get(0);
  }

  private static Expr.Call asMarker(Expr e, SemanticModel model) {
    return e instanceof Expr.Call c && model.qualifiedName(c.func(), model.moduleScope()).filter(MARKERS::contains)
        .isPresent() ? c : null;
  }

  /** The default value of parameter {@code p} of {@code def}, or null when it has none. */
  private static Expr defaultOf(Stmt def, Arg p) {
    Arguments args = def instanceof Stmt.FunctionDef f ? f.args() : ((Stmt.AsyncFunctionDef) def).args();
    int kw = args.kwonlyargs().indexOf(p);
    if (kw >= 0) {
      return kw < args.kwDefaults().size() ? args.kwDefaults().get(kw) : null;
    }
    List<Arg> positional = new java.util.ArrayList<>(args.posonlyargs());
    positional.addAll(args.args());
    int i = positional.indexOf(p);
    int first = positional.size() - args.defaults().size();
    return i >= first && i >= 0 ? args.defaults().get(i - first) : null;
  }
}
