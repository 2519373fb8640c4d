package dev.bulwark.taint;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.ast.Operator;
import dev.bulwark.python.ast.Stmt;
import dev.bulwark.python.ast.TreeVisitor;
import dev.bulwark.semantic.CallArguments;
import dev.bulwark.semantic.Scope;
import dev.bulwark.semantic.SemanticModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The template directories a module configures, besides the {@code templates} directories beside
 * the code that {@link TemplateIndex#near} reads: the search paths of Jinja2's
 * {@code FileSystemLoader(...)} and {@code PackageLoader(...)} (wherever they are made, so also inside
 * a {@code ChoiceLoader} or an {@code Environment}), the {@code template_folder} of a Flask app or
 * blueprint, the {@code directory} of Starlette's {@code Jinja2Templates}, the {@code dirs} of a
 * Django {@code Engine}, and the {@code DIRS} of a Django settings module's {@code TEMPLATES} (with
 * the {@code jinja2} directories of the installed apps for the Jinja2 backend with {@code APP_DIRS}).
 *
 * <p>Path expressions are evaluated as Python would build them: string constants, {@code __file__},
 * {@code os.path.join/dirname/abspath/realpath/normpath}, {@code pathlib.Path(...)}, {@code /},
 * {@code .parent}, {@code .parents[n]}, {@code .resolve()}, {@code .joinpath(...)}, {@code str(...)}
 * and names assigned once to such a value ({@code BASE_DIR}). A path the module cannot anchor (a
 * relative string for a loader, which the process resolves against its working directory, unknown
 * here) is tried against the module's directory, the directory above its top-level package, and the
 * scanned directory; each one that exists counts. Flask resolves {@code template_folder} against the
 * module's own directory only, as Flask does.
 */
public final class TemplateDirs {
  private TemplateDirs() {}

  /** How many names and nested calls a path expression is followed through. */
  private static final int MAX_DEPTH = 12;

  /**
   * Whether the text of a module may configure template directories: a cheap test, so that only
   * such modules are parsed for {@link #of}.
   */
  public static boolean mayConfigure(String text) {
    return text.contains("FileSystemLoader") || text.contains("PackageLoader") || text.contains("template_folder")
        || text.contains("TEMPLATES") || text.contains("Jinja2Templates") || text.contains("Engine(")
        || text.contains("PrefixLoader") || text.contains("DictLoader");
  }

  /**
   * The existing directories {@code module} configures as template directories, in source order.
   *
   * @param file the module's file
   * @param root the directory the scan covers (relative paths are tried against it too)
   */
  public static List<Path> of(Mod.Module module, SemanticModel model, Path file, Path root) {
    return of(module, model, file, root, name -> Optional.empty());
  }

  /**
   * As {@link #of(Mod.Module, SemanticModel, Path, Path)}, where a path may also be built from a name
   * another module of the project defines ({@code from config import TEMPLATE_DIR}, {@code
   * settings.BASE_DIR}), read from {@code modules}.
   */
  public static List<Path> of(Mod.Module module, SemanticModel model, Path file, Path root, Modules modules) {
    return find(module, model, file, root, modules).dirs().stream().map(Dir::path).distinct().toList();
  }

  /**
   * A configured template directory and the prefix its templates are named with: empty, or the key
   * of a Jinja2 {@code PrefixLoader}'s mapping with the delimiter ({@code admin/} for
   * {@code PrefixLoader({"admin": FileSystemLoader("admin_tpl")})}).
   */
  public record Dir(Path path, String prefix) {}

  /**
   * What a module configures: its template directories in source order, and the templates it defines
   * in code, by name (the string values of a Jinja2 {@code DictLoader}'s mapping).
   */
  public record Found(List<Dir> dirs, Map<String, String> inline) {
    /** Nothing configured. */
    public static final Found NONE = new Found(List.of(), Map.of());

    public Found {
      dirs = List.copyOf(dirs);
      inline = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inline));
    }
  }

  /**
   * The template directories (with their {@code PrefixLoader} prefixes) and the {@code DictLoader}
   * templates {@code module} configures, as {@link #of(Mod.Module, SemanticModel, Path, Path, Modules)} reads them.
   */
  public static Found find(Mod.Module module, SemanticModel model, Path file, Path root, Modules modules) {
    Finder finder = new Finder(model, file.toAbsolutePath().normalize(), root.toAbsolutePath().normalize(), modules);
    finder.scopes.push(model.moduleScope());
    module.accept(finder);
    finder.settings(module);
    return new Found(List.copyOf(finder.found), finder.inline);
  }

  /** A module of the project, parsed, with its file. */
  public record Parsed(Mod.Module module, SemanticModel model, Path file) {}

  /** The project's modules by dotted name, parsed on demand; empty for a module outside the project or one that does not parse. */
  @FunctionalInterface
  public interface Modules {
    Optional<Parsed> get(String dottedName);
  }

  /**
   * The deepest directory that holds all of {@code dirs} (the directories of the scanned files), for
   * {@link #of}'s {@code root}; the working directory when {@code dirs} is empty.
   */
  public static Path commonDirectory(Collection<Path> dirs) {
    Path common = null;
    for (Path d : dirs) {
      Path p = d.toAbsolutePath().normalize();
      if (common == null) {
        common = p;
      }
      while (common != null && !p.startsWith(common)) {
        common = common.getParent();
      }
    }
    return common == null ? Path.of("").toAbsolutePath() : common;
  }

  /** The path {@code text} names, or null when it names none on this system (a NUL character). */
  private static Path path(String text) {
    try {
      return Path.of(text);
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }

  /**
   * A path a module builds: {@code anchored} when it does not depend on the working directory (made
   * from {@code __file__} or absolute), otherwise relative; {@code working} when it is made
   * absolute against the working directory ({@code os.path.abspath("tpl")}, {@code Path.cwd()}), so
   * that it is not relative to a Flask module's directory.
   */
  private record Loc(Path path, boolean anchored, boolean working) {
    Loc join(Loc other) {
      return other.anchored || other.path.isAbsolute() ? other
          : new Loc(path.resolve(other.path), anchored, working || other.working);
    }

    Loc parent() {
      Path p = path.getParent();
      if (p == null) {
        return anchored || path.toString().isEmpty() ? null : new Loc(Path.of(""), false, working);
      }
      return new Loc(p, anchored, working);
    }

    /** The absolute path the process would make of it. */
    Loc absolute() {
      return anchored ? this : new Loc(path, false, true);
    }
  }

  /** Walks a module, keeping the scope each call is evaluated in. */
  private static final class Finder implements TreeVisitor {
    private final SemanticModel model;
    private final Path file;
    private final Path root;
    private final Deque<Scope> scopes = new ArrayDeque<>();
    private final Set<Dir> found = new LinkedHashSet<>();
    private final Map<String, String> inline = new LinkedHashMap<>();
    /** The names the loaders being read are reached by inside the {@code PrefixLoader}s around them. */
    private String prefix = "";
    private final Modules modules;

    Finder(SemanticModel model, Path file, Path root, Modules modules) {
      this.model = model;
      this.file = file;
      this.root = root;
      this.modules = modules;
    }

    @Override
    public void visitFunctionDef(Stmt.FunctionDef node) {
      inScope(node, () -> TreeVisitor.super.visitFunctionDef(node));
    }

    @Override
    public void visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {
      inScope(node, () -> TreeVisitor.super.visitAsyncFunctionDef(node));
    }

    @Override
    public void visitClassDef(Stmt.ClassDef node) {
      inScope(node, () -> TreeVisitor.super.visitClassDef(node));
    }

    @Override
    public void visitLambda(Expr.Lambda node) {
      inScope(node, () -> TreeVisitor.super.visitLambda(node));
    }

    private void inScope(dev.bulwark.python.ast.Node node, Runnable walk) {
      Scope s = model.scopeOf(node);
      scopes.push(s == null ? scopes.peek() : s);
      try {
        walk.run();
      } finally {
        scopes.pop();
      }
    }

    @Override
    public void visitCall(Expr.Call c) {
      Scope scope = scopes.peek();
      String q = model.qualifiedName(c.func(), scope).orElse(null);
      if (q != null) {
        switch (q) {
          case "jinja2.FileSystemLoader", "jinja2.loaders.FileSystemLoader" -> CallArguments.positional(c, 0)
              .or(() -> CallArguments.keyword(c, "searchpath")).ifPresent(p -> each(p, scope, true));
          case "jinja2.PackageLoader", "jinja2.loaders.PackageLoader" -> packageLoader(c, scope);
          case "jinja2.PrefixLoader", "jinja2.loaders.PrefixLoader" -> {
            prefixLoader(c, scope);
            return; // its loaders are read with their prefixes, not again without
          }
          case "jinja2.DictLoader", "jinja2.loaders.DictLoader" -> dictLoader(c, scope);
          case "flask.Flask", "flask.app.Flask" -> CallArguments.keyword(c, "template_folder")
              .ifPresent(p -> add(p, scope, false));
          case "flask.Blueprint", "flask.blueprints.Blueprint" -> CallArguments.keyword(c, "template_folder")
              .or(() -> CallArguments.positional(c, 4)).ifPresent(p -> add(p, scope, false));
          case "starlette.templating.Jinja2Templates", "fastapi.templating.Jinja2Templates" -> CallArguments
              .positional(c, 0).or(() -> CallArguments.keyword(c, "directory")).ifPresent(p -> each(p, scope, true));
          case "django.template.Engine", "django.template.engine.Engine" -> CallArguments.keyword(c, "dirs")
              .or(() -> CallArguments.positional(c, 0)).ifPresent(p -> each(p, scope, true));
          default -> {
            // not a call that names template directories
          }
        }
      }
      TreeVisitor.super.visitCall(c);
    }

    /** Django's settings: {@code TEMPLATES = [{"DIRS": [...], ...}, ...]} at module level. */
    void settings(Mod.Module module) {
      Scope scope = model.moduleScope();
      for (Stmt s : module.body()) {
        Expr value = s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
            && n.id().equals("TEMPLATES") ? a.value()
            : s instanceof Stmt.AnnAssign an && an.target() instanceof Expr.Name n2 && n2.id().equals("TEMPLATES")
                ? an.value() : null;
        for (Expr backend : elements(value, scope)) {
          if (backend instanceof Expr.Dict d) {
            boolean jinja = false;
            boolean appDirs = false;
            for (int i = 0; i < d.keys().size(); i++) {
              String k = d.keys().get(i) == null ? null : model.constantString(d.keys().get(i), scope).orElse(null);
              Expr v = d.values().get(i);
              if ("DIRS".equals(k)) {
                each(v, scope, true);
              } else if ("BACKEND".equals(k)) {
                jinja = "django.template.backends.jinja2.Jinja2".equals(model.constantString(v, scope).orElse(null));
              } else if ("APP_DIRS".equals(k)) {
                appDirs = Boolean.TRUE.equals(Cfg.fold(v, model, scope));
              }
            }
            if (jinja && appDirs) {
              appDirectories(scope, "jinja2");
            }
          }
        }
      }
    }

    /**
     * The {@code sub} directory of each app of the settings' {@code INSTALLED_APPS} that is a package
     * of the project ({@code "shop"}, {@code "shop.apps.ShopConfig"}): Django's Jinja2 backend reads
     * {@code <app>/jinja2/}, where the Django backend's {@code <app>/templates/} is read anyway.
     */
    private void appDirectories(Scope scope, String sub) {
      Expr apps = model.boundValue("INSTALLED_APPS", scope).map(SemanticModel.BoundValue::value).orElse(null);
      for (Expr app : elements(apps, scope)) {
        String name = model.constantString(app, scope).orElse(null);
        for (String m = name; m != null && !m.isEmpty(); m = m.contains(".") ? m.substring(0, m.lastIndexOf('.')) : null) {
          Parsed p = modules.get(m).orElse(null);
          if (p != null && p.file().getFileName().toString().equals("__init__.py")) {
            keep(p.file().toAbsolutePath().getParent().resolve(sub));
            break;
          }
        }
      }
    }

    /**
     * {@code PrefixLoader({"app": FileSystemLoader("dir")}, delimiter="/")}: each loader of the mapping
     * (made there or by a name assigned once) names its templates with the key and the delimiter first.
     */
    private void prefixLoader(Expr.Call c, Scope scope) {
      Expr delimiter = CallArguments.positional(c, 1).or(() -> CallArguments.keyword(c, "delimiter")).orElse(null);
      String delim = delimiter == null ? "/" : model.constantString(delimiter, scope).orElse(null);
      DictAt mapping = dict(CallArguments.positional(c, 0).or(() -> CallArguments.keyword(c, "mapping")).orElse(null), scope);
      if (mapping == null || delim == null) {
        return;
      }
      for (int i = 0; i < mapping.dict().keys().size(); i++) {
        Expr k = mapping.dict().keys().get(i);
        String key = k == null ? null : model.constantString(k, mapping.scope()).orElse(null);
        if (key == null) {
          continue;
        }
        String outer = prefix;
        prefix = outer + key + delim;
        try {
          Expr loader = mapping.dict().values().get(i);
          Scope at = mapping.scope();
          for (int depth = 0; loader instanceof Expr.Name n && depth < MAX_DEPTH; depth++) {
            SemanticModel.BoundValue b = model.boundValue(n.id(), at).orElse(null);
            loader = b == null ? null : b.value();
            at = b == null ? at : b.scope();
          }
          if (loader != null) {
            scopes.push(at);
            try {
              loader.accept(this);
            } finally {
              scopes.pop();
            }
          }
        } finally {
          prefix = outer;
        }
      }
    }

    /** {@code DictLoader({"page.html": "..."})}: each constant string value is a template of that name. */
    private void dictLoader(Expr.Call c, Scope scope) {
      DictAt mapping = dict(CallArguments.positional(c, 0).or(() -> CallArguments.keyword(c, "mapping")).orElse(null), scope);
      if (mapping == null) {
        return;
      }
      for (int i = 0; i < mapping.dict().keys().size(); i++) {
        Expr k = mapping.dict().keys().get(i);
        String name = k == null ? null : model.constantString(k, mapping.scope()).orElse(null);
        String text = model.constantString(mapping.dict().values().get(i), mapping.scope()).orElse(null);
        if (name != null && text != null) {
          inline.putIfAbsent(prefix + name, text);
        }
      }
    }

    /** A dict literal and the scope its entries are evaluated in. */
    private record DictAt(Expr.Dict dict, Scope scope) {}

    /** The dict literal {@code e} is, directly or through a name assigned once; null otherwise. */
    private DictAt dict(Expr e, Scope scope) {
      for (int depth = 0; e instanceof Expr.Name n && depth < MAX_DEPTH; depth++) {
        SemanticModel.BoundValue b = model.boundValue(n.id(), scope).orElse(null);
        if (b == null) {
          return null;
        }
        e = b.value();
        scope = b.scope();
      }
      return e instanceof Expr.Dict d ? new DictAt(d, scope) : null;
    }

    /** {@code PackageLoader("pkg", "templates")}: the directory of the package, found above the module. */
    private void packageLoader(Expr.Call c, Scope scope) {
      Expr pkg = CallArguments.positional(c, 0).or(() -> CallArguments.keyword(c, "package_name")).orElse(null);
      Expr sub = CallArguments.positional(c, 1).or(() -> CallArguments.keyword(c, "package_path")).orElse(null);
      String path = sub == null ? "templates" : model.constantString(sub, scope).orElse(null);
      if (pkg == null || path == null) {
        return;
      }
      Path dir = null;
      if (pkg instanceof Expr.Name n && n.id().equals("__name__")) {
        dir = file.getParent(); // the module itself: its package's directory
      } else {
        String name = model.constantString(pkg, scope).orElse(null);
        if (name == null || name.isEmpty()) {
          return;
        }
        Path rel = path(name.replace('.', '/'));
        if (rel == null) {
          return;
        }
        // the package is importable from a directory above the module: the nearest that holds it
        Path d = file.getParent();
        for (int up = 0; d != null && up < 8 && dir == null; up++, d = d.getParent()) {
          if (Files.isDirectory(d.resolve(rel))) {
            dir = d.resolve(rel);
          }
        }
      }
      Path inside = path(path);
      if (dir != null && inside != null) {
        keep(dir.resolve(inside));
      }
    }

    /** One path, or each path of a list or tuple. */
    private void each(Expr e, Scope scope, boolean workingDirectory) {
      List<Expr> items = elements(e, scope);
      if (items.isEmpty()) {
        add(e, scope, workingDirectory);
      }
      for (Expr item : items) {
        add(item, scope, workingDirectory);
      }
    }

    /** The elements of a list or tuple, directly or through a name assigned once; empty otherwise. */
    private List<Expr> elements(Expr e, Scope scope) {
      for (int depth = 0; e instanceof Expr.Name n && depth < MAX_DEPTH; depth++) {
        SemanticModel.BoundValue b = model.boundValue(n.id(), scope).orElse(null);
        if (b == null) {
          return List.of();
        }
        e = b.value();
        scope = b.scope();
      }
      if (e instanceof Expr.List l) {
        return l.elts();
      }
      return e instanceof Expr.Tuple t ? t.elts() : List.of();
    }

    private void add(Expr e, Scope scope, boolean workingDirectory) {
      Loc loc = eval(e, scope, 0);
      if (loc == null) {
        return;
      }
      if (loc.anchored() || loc.path().isAbsolute()) {
        keep(loc.path());
        return;
      }
      Path moduleDir = file.getParent();
      keep(moduleDir.resolve(loc.path()));
      if (workingDirectory || loc.working()) {
        keep(topLevel(moduleDir).resolve(loc.path()));
        keep(root.resolve(loc.path()));
      }
    }

    private void keep(Path dir) {
      Path d = dir.toAbsolutePath().normalize();
      if (Files.isDirectory(d)) {
        found.add(new Dir(d, prefix));
      }
    }

    /** The directory above the module's top-level package (the module's own directory outside a package). */
    private static Path topLevel(Path moduleDir) {
      Path d = moduleDir;
      while (d.getParent() != null && Files.isRegularFile(d.resolve("__init__.py"))) {
        d = d.getParent();
      }
      return d;
    }

    /** The path {@code e} builds, or null when it is not one the module can be seen to build. */
    private Loc eval(Expr e, Scope scope, int depth) {
      if (e == null || depth > MAX_DEPTH) {
        return null;
      }
      if (e instanceof Expr.Name n) {
        if (n.id().equals("__file__") && model.lookup("__file__", scope) == null) {
          return new Loc(file, true, false);
        }
        SemanticModel.BoundValue b = model.boundValue(n.id(), scope).orElse(null);
        if (b != null) {
          return eval(b.value(), b.scope(), depth + 1);
        }
      }
      if (e instanceof Expr.Name || e instanceof Expr.Attribute a0 && !a0.attr().equals("parent")) {
        Loc imported = imported(e, scope, depth);
        if (imported != null) {
          return imported;
        }
      }
      String text = model.constantString(e, scope).orElse(null);
      if (text != null) {
        Path p = path(text);
        return p == null ? null : new Loc(p, p.isAbsolute(), false);
      }
      if (e instanceof Expr.BinOp b && b.op() == Operator.Div) {
        return join(List.of(b.left(), b.right()), scope, depth);
      }
      if (e instanceof Expr.Attribute a && a.attr().equals("parent")) {
        Loc base = eval(a.value(), scope, depth + 1);
        return base == null ? null : base.parent();
      }
      if (e instanceof Expr.Subscript s && s.value() instanceof Expr.Attribute a && a.attr().equals("parents")) {
        Object index = model.constant(s.slice(), scope).orElse(null);
        Loc base = eval(a.value(), scope, depth + 1);
        if (!(index instanceof dev.bulwark.python.ast.PyConstant.PyInt i) || base == null) {
          return null;
        }
        for (int k = 0; k <= i.value().intValue() && base != null && k < 32; k++) {
          base = base.parent();
        }
        return base;
      }
      return e instanceof Expr.Call c ? call(c, scope, depth) : null;
    }

    /** A name another module of the project defines at module level, evaluated in that module. */
    private Loc imported(Expr e, Scope scope, int depth) {
      String q = model.qualifiedName(e, scope).orElse(null);
      int dot = q == null ? -1 : q.lastIndexOf('.');
      if (dot <= 0 || q.startsWith("builtins.")) {
        return null;
      }
      Parsed other = modules.get(q.substring(0, dot)).orElse(null);
      if (other == null) {
        return null;
      }
      SemanticModel.BoundValue b = other.model().boundValue(q.substring(dot + 1), other.model().moduleScope()).orElse(null);
      if (b == null) {
        return null;
      }
      Finder there = new Finder(other.model(), other.file().toAbsolutePath().normalize(), root, modules);
      return there.eval(b.value(), b.scope(), depth + 1);
    }

    private Loc call(Expr.Call c, Scope scope, int depth) {
      String q = model.qualifiedName(c.func(), scope).orElse(null);
      if (q != null) {
        switch (q) {
          case "os.path.join", "posixpath.join", "pathlib.Path", "pathlib.PurePath", "pathlib.PosixPath" -> {
            return c.args().isEmpty() && !q.equals("os.path.join") ? new Loc(Path.of(""), false, true)
                : join(c.args(), scope, depth);
          }
          case "os.path.dirname" -> {
            Loc base = c.args().isEmpty() ? null : eval(c.args().get(0), scope, depth + 1);
            return base == null ? null : base.parent();
          }
          case "os.path.abspath", "os.path.realpath" -> {
            Loc inner = c.args().isEmpty() ? null : eval(c.args().get(0), scope, depth + 1);
            return inner == null ? null : inner.absolute();
          }
          case "os.path.normpath", "os.fspath", "builtins.str", "os.path.expanduser" -> {
            return c.args().isEmpty() ? null : eval(c.args().get(0), scope, depth + 1);
          }
          case "os.getcwd", "pathlib.Path.cwd" -> {
            return new Loc(Path.of(""), false, true);
          }
          default -> {
            // a method of a path below
          }
        }
      }
      if (c.func() instanceof Expr.Attribute a) {
        switch (a.attr()) {
          case "resolve", "absolute" -> {
            Loc inner = eval(a.value(), scope, depth + 1);
            return inner == null ? null : inner.absolute();
          }
          case "expanduser" -> {
            return eval(a.value(), scope, depth + 1);
          }
          case "joinpath" -> {
            List<Expr> parts = new ArrayList<>();
            parts.add(a.value());
            parts.addAll(c.args());
            return join(parts, scope, depth);
          }
          default -> {
            return null;
          }
        }
      }
      return null;
    }

    private Loc join(List<Expr> parts, Scope scope, int depth) {
      Loc out = null;
      for (Expr p : parts) {
        Loc next = eval(p, scope, depth + 1);
        if (next == null) {
          return null;
        }
        out = out == null ? next : out.join(next);
      }
      return out;
    }
  }
}
