package dev.bulwark.semantic;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.python.ast.Stmt;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the names of one module mean: its scopes and bindings, the qualified names that
 * expressions stand for (through imports and aliases), and the values of constant expressions.
 * Lookups are flow-insensitive: a name means something only when all its bindings in its scope agree.
 */
public final class SemanticModel {

  /** How far aliases are followed ({@code P = subprocess.Popen; Q = P}) before giving up. */
  private static final int MAX_ALIAS_DEPTH = 8;

  private final Map<Node, Scope> scopes;
  private final Set<String> importedRoots;
  private final Scope moduleScope;
  private final ConstantEvaluator constants = new ConstantEvaluator(this);
  /**
   * Qualified names already worked out, per expression node: every call rule asks for the name of
   * the same callee, so each is resolved once. A model serves one file on one thread.
   */
  private final Map<Expr, Object> qualifiedCache = new java.util.IdentityHashMap<>();

  private SemanticModel(Mod.Module module, ScopeBuilder.Built built) {
    this.scopes = built.scopes();
    this.importedRoots = built.importedRoots();
    this.moduleScope = scopes.get(module);
  }

  /**
   * Builds the model of a module.
   *
   * @param moduleName the dotted module name (for relative imports and definitions), or null if unknown
   * @param isPackage whether the file is a package's {@code __init__.py}
   */
  public static SemanticModel of(Mod.Module module, String moduleName, boolean isPackage) {
    return new SemanticModel(module, ScopeBuilder.build(module, moduleName, isPackage));
  }

  /**
   * The first part of every module name the file imports from, anywhere in the file ({@code os} for
   * {@code import os.path as p}, {@code Crypto} for {@code from Crypto.Cipher import AES}), and of the
   * module's own name. A qualified name outside {@code builtins} always starts with one of these, so
   * a check about {@code random.*} has nothing to find in a file whose roots lack {@code random}.
   */
  public Set<String> importedRoots() {
    return importedRoots;
  }

  public Scope moduleScope() {
    return moduleScope;
  }

  /** The scope opened by a def, class, lambda or comprehension node, or null for other nodes. */
  public Scope scopeOf(Node node) {
    // every walk asks this of every node; most cannot open a scope, and need no hash lookup
    return opensScope(node) ? scopes.get(node) : null;
  }

  private static boolean opensScope(Node node) {
    return node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef || node instanceof Stmt.ClassDef
        || node instanceof Expr.Lambda || node instanceof Expr.ListComp || node instanceof Expr.SetComp
        || node instanceof Expr.DictComp || node instanceof Expr.GeneratorExp || node instanceof Stmt.TypeAlias
        || node instanceof Mod.Module;
  }

  /** The scope a name used in {@code from} refers to, following Python's rules, or null for a builtin or unknown name. */
  public Scope lookup(String name, Scope from) {
    if (from.isGlobal(name)) {
      return moduleScope.bindings(name).isEmpty() ? null : moduleScope;
    }
    Scope s = from;
    boolean first = true;
    while (s != null) {
      boolean skip = !first && s.kind() == Scope.Kind.CLASS;
      if (!skip && !s.bindings(name).isEmpty() && !(s.isNonlocal(name) && s == from)) {
        return s;
      }
      first = false;
      s = s.parent();
    }
    return null;
  }

  /** The bindings of a name as seen from a scope (empty for builtins and unknown names). */
  public List<Binding> bindingsOf(String name, Scope from) {
    Scope s = lookup(name, from);
    return s == null ? List.of() : s.bindings(name);
  }

  /**
   * The dotted name an expression stands for: {@code P} after {@code from subprocess import Popen as P}
   * is {@code subprocess.Popen}; a builtin such as {@code eval} is {@code builtins.eval}.
   */
  public Optional<String> qualifiedName(Expr e, Scope scope) {
    return Optional.ofNullable(cachedQualified(e, scope));
  }

  /** Whether {@code e} stands for {@code name}, e.g. {@code is(call.func(), "subprocess.Popen", scope)}. */
  public boolean is(Expr e, String name, Scope scope) {
    return name.equals(cachedQualified(e, scope));
  }

  private record Resolved(Scope scope, String name) {}

  private String cachedQualified(Expr e, Scope scope) {
    if (!(e instanceof Expr.Name || e instanceof Expr.Attribute)) {
      return null;
    }
    Object hit = qualifiedCache.get(e);
    if (hit instanceof Resolved r && r.scope() == scope) {
      return r.name();
    }
    String q = qualified(e, scope, 0);
    qualifiedCache.put(e, new Resolved(scope, q));
    return q;
  }

  private String qualified(Expr e, Scope scope, int depth) {
    if (depth > MAX_ALIAS_DEPTH) {
      return null;
    }
    if (e instanceof Expr.Attribute a) {
      String base = qualified(a.value(), scope, depth);
      return base == null ? null : base + "." + a.attr();
    }
    if (!(e instanceof Expr.Name n)) {
      return null;
    }
    Scope where = lookup(n.id(), scope);
    if (where == null) {
      return "builtins." + n.id();
    }
    String found = null;
    for (Binding b : where.bindings(n.id())) {
      String q;
      if (b instanceof Binding.Import i) {
        q = i.qualifiedName();
      } else if (b instanceof Binding.Definition d) {
        q = d.qualifiedName();
      } else if (b instanceof Binding.Assignment a && a.value() != null
          && (a.value() instanceof Expr.Name || a.value() instanceof Expr.Attribute)) {
        q = qualified(a.value(), where, depth + 1);
      } else {
        return null;
      }
      if (q == null || (found != null && !found.equals(q))) {
        return null;
      }
      found = q;
    }
    return found;
  }

  /** The value of a constant expression: literals, and names bound once to one. */
  public Optional<PyConstant> constant(Expr e, Scope scope) {
    return Optional.ofNullable(constants.value(e, scope));
  }

  /** The text of a constant string expression: literals, {@code +}, f-strings, {@code %} and {@code .format} of constants. */
  public Optional<String> constantString(Expr e, Scope scope) {
    return Optional.ofNullable(constants.string(e, scope));
  }

  /** A value a name is bound to, with the scope whose names that value reads. */
  public record BoundValue(Expr value, Scope scope) {}

  /**
   * The value a name is bound to when its only binding, in the scope it resolves to from
   * {@code from}, is one plain assignment whose value is in the tree; empty for parameters,
   * imports, loop and unpacking targets, and names assigned more than once.
   */
  public Optional<BoundValue> boundValue(String name, Scope from) {
    Scope where = lookup(name, from);
    if (where == null) {
      return Optional.empty();
    }
    List<Binding> bs = where.bindings(name);
    if (bs.size() == 1 && bs.get(0) instanceof Binding.Assignment a && a.value() != null) {
      return Optional.of(new BoundValue(a.value(), where));
    }
    return Optional.empty();
  }
}
