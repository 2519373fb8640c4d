package dev.bulwark.rules.crypto;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Qualified names as the crypto rules need them. On top of the semantic model it follows
 * {@code from m import *}, which the model leaves unbound: pysnmp's own examples start with
 * {@code from pysnmp.hlapi import *}, so without this the SNMP rules would see nothing.
 */
final class Resolver {
  private Resolver() {}

  private static final String BUILTINS = "builtins.";

  /** An expression together with the scope its names are looked up in. */
  record Bound(Expr expr, Scope scope) {}

  /** Whether {@code e} stands for one of {@code names}, seen from the rule's current scope. */
  static boolean isAnyOf(RuleContext context, Expr e, Collection<String> names) {
    return isAnyOf(context.model(), context.scope(), e, names);
  }

  static boolean isAnyOf(SemanticModel model, Scope scope, Expr e, Collection<String> names) {
    Optional<String> q = model.qualifiedName(e, scope);
    if (q.isEmpty()) {
      return false;
    }
    if (names.contains(q.get())) {
      return true;
    }
    if (!mayComeFromStarImport(model, e, q.get())) {
      return false;
    }
    for (String candidate : candidates(model, scope, e)) {
      if (names.contains(candidate)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code e}, resolved to {@code name}, is a bare name left unbound while the file star-imports. */
  private static boolean mayComeFromStarImport(SemanticModel model, Expr e, String name) {
    return e instanceof Expr.Name && name.startsWith(BUILTINS) && !model.moduleScope().starImports().isEmpty();
  }

  /** The name of {@code e} among {@code names}, if it stands for one of them. */
  static Optional<String> which(RuleContext context, Expr e, Collection<String> names) {
    for (String candidate : candidates(context.model(), context.scope(), e)) {
      if (names.contains(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Every dotted name {@code e} may stand for: the model's answer, and when {@code e} is a bare name
   * left unbound, the same name read from each module the file star-imports.
   */
  static List<String> candidates(SemanticModel model, Scope scope, Expr e) {
    Optional<String> q = model.qualifiedName(e, scope);
    if (q.isEmpty()) {
      return List.of();
    }
    String name = q.get();
    if (!mayComeFromStarImport(model, e, name)) {
      // only a bare name can come from a star import; an unbound name's attributes stay unknown
      return List.of(name);
    }
    List<String> out = new ArrayList<>();
    out.add(name);
    String rest = name.substring(BUILTINS.length());
    for (String module : model.moduleScope().starImports()) {
      out.add(module + "." + rest);
    }
    return out;
  }

  static List<String> candidates(RuleContext context, Expr e) {
    return candidates(context.model(), context.scope(), e);
  }

  /** The value a name is bound to when it has exactly one plain assignment in its scope. */
  static Optional<Bound> singleAssignment(SemanticModel model, Scope from, Expr e) {
    if (!(e instanceof Expr.Name name)) {
      return Optional.empty();
    }
    return model.boundValue(name.id(), from).map(b -> new Bound(b.value(), b.scope()));
  }


  /**
   * Whether {@code e} is a name bound once to a call of one of {@code makers}: {@code s} in
   * {@code s = requests.Session()}. The maker is resolved in the scope of that assignment.
   */
  static boolean boundToCallOf(SemanticModel model, Scope scope, Expr e, Collection<String> makers) {
    Optional<Bound> bound = singleAssignment(model, scope, e);
    return bound.isPresent() && bound.get().expr() instanceof Expr.Call made
        && isAnyOf(model, bound.get().scope(), made.func(), makers);
  }

  /** Whether an object is made by one of {@code makers}: made right there, or a name bound once to one. */
  static boolean madeBy(SemanticModel model, Scope scope, Expr e, Collection<String> makers) {
    if (e instanceof Expr.Call made) {
      return isAnyOf(model, scope, made.func(), makers);
    }
    return boundToCallOf(model, scope, e, makers);
  }
}
