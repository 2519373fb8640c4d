package dev.bulwark.semantic;

import dev.bulwark.python.ast.Alias;
import dev.bulwark.python.ast.Arg;
import dev.bulwark.python.ast.Arguments;
import dev.bulwark.python.ast.Comprehension;
import dev.bulwark.python.ast.ExceptHandler;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.ExprContext;
import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.ast.Node;
import dev.bulwark.python.ast.Pattern;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.python.ast.TreeVisitor;
import dev.bulwark.python.ast.TypeParam;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass over a module that opens a {@link Scope} for each def, class, lambda and comprehension
 * and records every binding in the scope Python puts it in. Parts that Python evaluates in the
 * enclosing scope (decorators, defaults, annotations, a comprehension's first iterable) are visited
 * there.
 */
final class ScopeBuilder implements TreeVisitor {

  private final Map<Node, Scope> scopes = new IdentityHashMap<>();
  /** The first part of every module this file imports from, and of its own name. */
  private final Set<String> importedRoots = new HashSet<>();
  private final String moduleName;
  private final boolean isPackage;
  private Scope current;
  /** Qualified-name prefix of the definitions being visited. */
  private String prefix;

  private ScopeBuilder(Mod.Module module, String moduleName, boolean isPackage) {
    this.moduleName = moduleName;
    this.isPackage = isPackage;
    this.current = new Scope(Scope.Kind.MODULE, null, module);
    this.prefix = moduleName == null ? "" : moduleName;
    scopes.put(module, current);
    if (moduleName != null) {
      // a module's own definitions carry its name, as if imported
      addRoot(moduleName);
    }
  }

  /** The scopes of a module and the roots of what it imports. */
  record Built(Map<Node, Scope> scopes, Set<String> importedRoots) {}

  static Built build(Mod.Module module, String moduleName, boolean isPackage) {
    ScopeBuilder b = new ScopeBuilder(module, moduleName, isPackage);
    b.visitAll(module.body());
    return new Built(b.scopes, Set.copyOf(b.importedRoots));
  }

  private void addRoot(String dotted) {
    int dot = dotted.indexOf('.');
    importedRoots.add(dot < 0 ? dotted : dotted.substring(0, dot));
  }

  private String qualify(String name) {
    return prefix.isEmpty() ? name : prefix + "." + name;
  }

  // ---------------------------------------------------------------- definitions

  @Override
  public void visitFunctionDef(Stmt.FunctionDef node) {
    function(node, node.name(), node.args(), node.body(), node.decoratorList(), node.returns(), node.typeParams());
  }

  @Override
  public void visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {
    function(node, node.name(), node.args(), node.body(), node.decoratorList(), node.returns(), node.typeParams());
  }

  private void function(Stmt node, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
      Expr returns, List<TypeParam> typeParams) {
    visitAll(decorators);
    visitAll(args.defaults());
    visitAll(args.kwDefaults());
    annotations(args);
    visit(returns);
    current.bind(name, new Binding.Definition(qualify(name), node));
    String outerPrefix = prefix;
    Scope outer = current;
    current = new Scope(Scope.Kind.FUNCTION, outer, node);
    scopes.put(node, current);
    prefix = qualify(name);
    typeParams(typeParams);
    parameters(args);
    visitAll(body);
    current = outer;
    prefix = outerPrefix;
  }

  private void annotations(Arguments args) {
    for (List<Arg> group : List.of(args.posonlyargs(), args.args(), args.kwonlyargs())) {
      for (Arg a : group) {
        visit(a.annotation());
      }
    }
    if (args.vararg() != null) {
      visit(args.vararg().annotation());
    }
    if (args.kwarg() != null) {
      visit(args.kwarg().annotation());
    }
  }

  private void parameters(Arguments args) {
    for (List<Arg> group : List.of(args.posonlyargs(), args.args(), args.kwonlyargs())) {
      for (Arg a : group) {
        current.bind(a.arg(), new Binding.Parameter(a));
      }
    }
    if (args.vararg() != null) {
      current.bind(args.vararg().arg(), new Binding.Parameter(args.vararg()));
    }
    if (args.kwarg() != null) {
      current.bind(args.kwarg().arg(), new Binding.Parameter(args.kwarg()));
    }
  }

  private void typeParams(List<TypeParam> params) {
    for (TypeParam p : params) {
      String name = p instanceof TypeParam.TypeVar v ? v.name()
          : p instanceof TypeParam.ParamSpec s ? s.name() : ((TypeParam.TypeVarTuple) p).name();
      current.bind(name, new Binding.Other(p));
      p.accept(this);
    }
  }

  @Override
  public void visitClassDef(Stmt.ClassDef node) {
    visitAll(node.decoratorList());
    visitAll(node.bases());
    visitAll(node.keywords());
    current.bind(node.name(), new Binding.Definition(qualify(node.name()), node));
    String outerPrefix = prefix;
    Scope outer = current;
    current = new Scope(Scope.Kind.CLASS, outer, node);
    scopes.put(node, current);
    prefix = qualify(node.name());
    typeParams(node.typeParams());
    visitAll(node.body());
    current = outer;
    prefix = outerPrefix;
  }

  @Override
  public void visitLambda(Expr.Lambda node) {
    visitAll(node.args().defaults());
    visitAll(node.args().kwDefaults());
    Scope outer = current;
    current = new Scope(Scope.Kind.LAMBDA, outer, node);
    scopes.put(node, current);
    parameters(node.args());
    visit(node.body());
    current = outer;
  }

  // ---------------------------------------------------------------- comprehensions

  @Override
  public void visitListComp(Expr.ListComp node) {
    comprehension(node, node.generators(), node.elt(), null);
  }

  @Override
  public void visitSetComp(Expr.SetComp node) {
    comprehension(node, node.generators(), node.elt(), null);
  }

  @Override
  public void visitGeneratorExp(Expr.GeneratorExp node) {
    comprehension(node, node.generators(), node.elt(), null);
  }

  @Override
  public void visitDictComp(Expr.DictComp node) {
    comprehension(node, node.generators(), node.key(), node.value());
  }

  private void comprehension(Expr node, List<Comprehension> generators, Expr first, Expr second) {
    visit(generators.get(0).iter());
    Scope outer = current;
    current = new Scope(Scope.Kind.COMPREHENSION, outer, node);
    scopes.put(node, current);
    for (int i = 0; i < generators.size(); i++) {
      Comprehension g = generators.get(i);
      if (i > 0) {
        visit(g.iter());
      }
      visit(g.target());
      visitAll(g.ifs());
    }
    visit(first);
    visit(second);
    current = outer;
  }

  // ---------------------------------------------------------------- bindings

  @Override
  public void visitAssign(Stmt.Assign node) {
    visit(node.value());
    for (Expr target : node.targets()) {
      if (target instanceof Expr.Name n) {
        current.bind(n.id(), new Binding.Assignment(node.value(), n));
      } else {
        visit(target);
      }
    }
  }

  @Override
  public void visitAnnAssign(Stmt.AnnAssign node) {
    visit(node.annotation());
    visit(node.value());
    if (node.target() instanceof Expr.Name n) {
      if (node.value() != null) {
        current.bind(n.id(), new Binding.Assignment(node.value(), n));
      }
    } else {
      visit(node.target());
    }
  }

  @Override
  public void visitName(Expr.Name node) {
    if (node.ctx() == ExprContext.Store) {
      current.bind(node.id(), new Binding.Assignment(null, node));
    }
  }

  @Override
  public void visitNamedExpr(Expr.NamedExpr node) {
    visit(node.value());
    Expr.Name target = (Expr.Name) node.target();
    current.nonComprehension().bind(target.id(), new Binding.Assignment(node.value(), target));
  }

  @Override
  public void visitImport(Stmt.Import node) {
    for (Alias a : node.names()) {
      addRoot(a.name());
      if (a.asname() != null) {
        current.bind(a.asname(), new Binding.Import(a.name(), a));
      } else {
        // "import a.b.c" binds "a", which stands for the package a
        String top = a.name().contains(".") ? a.name().substring(0, a.name().indexOf('.')) : a.name();
        current.bind(top, new Binding.Import(top, a));
      }
    }
  }

  @Override
  public void visitImportFrom(Stmt.ImportFrom node) {
    String base = importBase(node.module(), node.level());
    addRoot(base);
    for (Alias a : node.names()) {
      if (a.name().equals("*")) {
        current.starImport(base);
        continue;
      }
      String qualified = base.isEmpty() || base.endsWith(".") ? base + a.name() : base + "." + a.name();
      current.bind(a.asname() != null ? a.asname() : a.name(), new Binding.Import(qualified, a));
    }
  }

  /** The absolute module a {@code from ... import} reads from, resolving leading dots against this module. */
  private String importBase(String module, int level) {
    if (level == 0) {
      return module == null ? "" : module;
    }
    if (moduleName == null) {
      // without the module's own name, a relative import stays relative: ".a.b"
      return ".".repeat(level) + (module == null ? "" : module);
    }
    String pkg = moduleName;
    int drop = isPackage ? level - 1 : level;
    for (int i = 0; i < drop && !pkg.isEmpty(); i++) {
      int dot = pkg.lastIndexOf('.');
      pkg = dot < 0 ? "" : pkg.substring(0, dot);
    }
    if (module == null) {
      return pkg;
    }
    return pkg.isEmpty() ? module : pkg + "." + module;
  }

  @Override
  public void visitGlobal(Stmt.Global node) {
    node.names().forEach(current::declareGlobal);
  }

  @Override
  public void visitNonlocal(Stmt.Nonlocal node) {
    node.names().forEach(current::declareNonlocal);
  }

  @Override
  public void visitExceptHandler(ExceptHandler node) {
    visit(node.type());
    if (node.name() != null) {
      current.bind(node.name(), new Binding.Other(node));
    }
    visitAll(node.body());
  }

  @Override
  public void visitMatchAs(Pattern.MatchAs node) {
    visit(node.pattern());
    if (node.name() != null) {
      current.bind(node.name(), new Binding.Other(node));
    }
  }

  @Override
  public void visitMatchStar(Pattern.MatchStar node) {
    if (node.name() != null) {
      current.bind(node.name(), new Binding.Other(node));
    }
  }

  @Override
  public void visitMatchMapping(Pattern.MatchMapping node) {
    visitAll(node.keys());
    visitAll(node.patterns());
    if (node.rest() != null) {
      current.bind(node.rest(), new Binding.Other(node));
    }
  }

  @Override
  public void visitTypeAlias(Stmt.TypeAlias node) {
    Expr.Name name = (Expr.Name) node.name();
    current.bind(name.id(), new Binding.Other(name));
    Scope outer = current;
    current = new Scope(Scope.Kind.FUNCTION, outer, node);
    scopes.put(node, current);
    typeParams(node.typeParams());
    visit(node.value());
    current = outer;
  }
}
