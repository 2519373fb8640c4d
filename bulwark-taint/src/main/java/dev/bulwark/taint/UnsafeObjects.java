package dev.bulwark.taint;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.python.ast.TreeVisitor;
import dev.bulwark.semantic.CallArguments;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognises objects configured to be dangerous, per {@link TaintModel.UnsafeObject}: an XML parser
 * built with {@code resolve_entities=True}, or a SAX parser on which
 * {@code setFeature(feature_external_ges, True)} is called. The configuration is read without flow: a
 * name bound once to an unsafe constructor call, or a name of the function on which an unsafe setter
 * is called anywhere in its body.
 */
final class UnsafeObjects {
  private UnsafeObjects() {}

  /** Whether {@code e} is an unsafe object: an unsafe constructor call, or a name bound to one or configured. */
  static boolean isUnsafe(Expr e, List<TaintModel.UnsafeObject> unsafe, Set<String> configured, SemanticModel model,
      Scope scope) {
    if (e instanceof Expr.Call c) {
      return unsafeCall(c, unsafe, model, scope);
    }
    if (e instanceof Expr.Name n) {
      if (configured.contains(n.id())) {
        return true;
      }
      return model.boundValue(n.id(), scope)
          .filter(b -> b.value() instanceof Expr.Call c && unsafeCall(c, unsafe, model, b.scope()))
          .isPresent();
    }
    return false;
  }

  private static boolean unsafeCall(Expr.Call c, List<TaintModel.UnsafeObject> unsafe, SemanticModel model,
      Scope scope) {
    String q = model.qualifiedName(c.func(), scope).orElse(null);
    if (q == null) {
      return false;
    }
    for (TaintModel.UnsafeObject u : unsafe) {
      if (u.name().equals(q)) {
        Expr kw = CallArguments.keyword(c, u.keyword()).orElse(null);
        if (kw != null && Boolean.valueOf(u.value()).equals(Cfg.fold(kw, model, scope))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The names in {@code body} (not in nested functions) on which an unsafe setter is called. */
  static Set<String> configuredNames(List<Stmt> body, List<TaintModel.UnsafeObject> unsafe, SemanticModel model,
      Scope scope) {
    Set<String> names = new HashSet<>();
    if (unsafe.stream().noneMatch(u -> u.name().startsWith("."))) {
      return names;
    }
    TreeVisitor v = new OwnBodyVisitor() {
      @Override
      public void visitCall(Expr.Call c) {
        if (c.func() instanceof Expr.Attribute a && a.value() instanceof Expr.Name n && c.args().size() >= 2
            && Boolean.TRUE.equals(Cfg.fold(c.args().get(1), model, scope))) {
          String feature = model.qualifiedName(c.args().get(0), scope)
              .or(() -> model.constantString(c.args().get(0), scope)).orElse(null);
          for (TaintModel.UnsafeObject u : unsafe) {
            if (u.name().equals("." + a.attr()) && u.keyword().equals(feature)) {
              names.add(n.id());
            }
          }
        }
        OwnBodyVisitor.super.visitCall(c);
      }
    };
    v.visitAll(body);
    return names;
  }
}
