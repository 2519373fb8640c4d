package dev.bulwark.taint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The templates of a project by the name a render call uses ({@code profile.html},
 * {@code shop/cart.html}): the files under each {@code templates} directory, read with
 * {@link TemplateScanner}. Immutable.
 */
public final class TemplateIndex {

  /** No templates: render calls report nothing. */
  public static final TemplateIndex EMPTY = new TemplateIndex(Map.of());

  /** Files larger than this are not templates anyone renders; they are left out. */
  private static final long MAX_BYTES = 1 << 20;
  /** How deep {@code extends}/{@code include} chains are followed. */
  private static final int MAX_DEPTH = 4;
  private static final int MAX_FILES = 20_000;
  /** Directories that hold no templates of the project, when a loader names a directory above them. */
  private static final Set<String> NOT_TEMPLATES = Set.of("__pycache__", "node_modules", "venv", "site-packages");

  /** How a render call's engine escapes outputs that say nothing themselves. */
  public enum Engine {
    /** Flask's Jinja2 setup: autoescape on for {@code .html}, {@code .htm}, {@code .xml}, {@code .xhtml}, {@code .svg}. */
    FLASK,
    /** Django, and Flask's {@code render_template_string}: autoescape always on. */
    DJANGO,
    /** A bare Jinja2 {@code Template} or {@code from_string}: autoescape off unless the template says so. */
    JINJA
  }

  /** One template: the path shown in messages (null for an inline template) and what it prints. */
  public record Template(String display, TemplateScanner.Syntax syntax) {}

  /**
   * An unescaped output of a variable, in the template {@code display} (perhaps one it extends or
   * includes); {@code display} is null for an inline template.
   */
  public record Unescaped(String variable, String display, int line, String how) {
    /** For a finding's message: {@code templates/profile.html:4 prints 'bio' with |safe}. */
    public String describe() {
      return (display == null ? "the inline template" : display + ":" + line) + " prints '" + variable + "' " + how;
    }
  }

  private final Map<String, Template> byName;

  public TemplateIndex(Map<String, Template> byName) {
    this.byName = Map.copyOf(byName);
  }

  /** How many templates the index holds. */
  public int size() {
    return byName.size();
  }

  /**
   * Reads every file under the {@code templates} directory of each directory in {@code dirs} (the
   * directories of the scanned Python files), named by its path relative to that directory and shown
   * as the directory's value (how the directory is shown, empty for the current one) joined with
   * {@code templates/} and the name. Unreadable files are left out; the first directory wins a name
   * given twice, as Django's and Flask's loaders search in order.
   */
  public static TemplateIndex near(Map<Path, String> dirs) {
    return of(List.of(), dirs);
  }

  /**
   * Reads the template directories the code configures ({@link TemplateDirs}), in order, then the
   * {@code templates} directory of each directory in {@code dirs} as {@link #near} does. A configured
   * directory is shown relative to the nearest directory of {@code dirs} above it, as that one is
   * shown, or as its absolute path. The first directory wins a name given twice: Django searches
   * {@code DIRS} before the apps' directories.
   */
  public static TemplateIndex of(List<Path> configured, Map<Path, String> dirs) {
    return of(configured.stream().map(p -> new TemplateDirs.Dir(p, "")).toList(), Map.of(), dirs);
  }

  /**
   * As {@link #of(List, Map)}, where a configured directory's templates are named with its prefix
   * (a Jinja2 {@code PrefixLoader}'s key), and {@code inline} holds templates the code defines by
   * name (a {@code DictLoader}'s), which come first.
   */
  public static TemplateIndex of(List<TemplateDirs.Dir> configured, Map<String, String> inline, Map<Path, String> dirs) {
    Map<String, Template> byName = new LinkedHashMap<>();
    inline.forEach((name, text) -> byName.putIfAbsent(name,
        new Template("DictLoader template '" + name + "'", TemplateScanner.scan(text))));
    Set<TemplateDirs.Dir> seen = new HashSet<>();
    for (TemplateDirs.Dir c : configured) {
      Path dir = c.path().toAbsolutePath().normalize();
      if (seen.add(new TemplateDirs.Dir(dir, c.prefix()))) {
        read(dir, c.prefix(), shown(dir, dirs), byName);
      }
    }
    for (Map.Entry<Path, String> d : dirs.entrySet()) {
      Path t = d.getKey().resolve("templates").toAbsolutePath().normalize();
      if (seen.add(new TemplateDirs.Dir(t, ""))) {
        read(t, "", Path.of(d.getValue()).resolve("templates"), byName);
      }
    }
    return new TemplateIndex(byName);
  }

  /**
   * How the directory {@code dir} is shown: below the nearest shown directory above it, or beside
   * one (a settings module's {@code BASE_DIR / "templates"} is shown as the project directory joined
   * with {@code templates}), or else absolute.
   */
  private static Path shown(Path dir, Map<Path, String> dirs) {
    Path best = null;
    int bestClimb = Integer.MAX_VALUE;
    for (Map.Entry<Path, String> e : dirs.entrySet()) {
      Path d = e.getKey();
      Path s = Path.of(e.getValue());
      int climb = 0;
      while (d != null && s != null && !dir.startsWith(d)) {
        d = d.getParent();
        s = s.toString().isEmpty() ? null : s.getParent() == null ? Path.of("") : s.getParent();
        climb++;
      }
      if (d != null && s != null && climb < bestClimb) {
        best = s.resolve(d.relativize(dir));
        bestClimb = climb;
      }
    }
    return best == null ? dir : best;
  }

  /** Adds the files under {@code dir}, named with {@code prefix} first, that {@code byName} does not name yet. */
  private static void read(Path dir, String prefix, Path display, Map<String, Template> byName) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          // a loader of the project's own directory ("." or dirname(__file__)) must not read .git or a virtualenv
          String n = d.getFileName() == null ? "" : d.getFileName().toString();
          return d.equals(dir) || !(n.startsWith(".") || NOT_TEMPLATES.contains(n)) ? FileVisitResult.CONTINUE
              : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          String n = f.getFileName().toString();
          if (attrs.isRegularFile() && !n.endsWith(".py") && !n.endsWith(".pyc")) {
            files.add(f);
          }
          return files.size() < MAX_FILES ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          return FileVisitResult.CONTINUE; // an unreadable entry is left out, the rest is read
        }
      });
    } catch (IOException | RuntimeException e) {
      return;
    }
    files.sort(null);
    for (Path f : files) {
      Path rel = dir.relativize(f);
      String name = prefix + rel.toString().replace(java.io.File.separatorChar, '/');
      if (byName.containsKey(name)) {
        continue;
      }
      try {
        if (Files.size(f) > MAX_BYTES) {
          continue;
        }
        String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        byName.put(name, new Template(display.resolve(rel).toString(), TemplateScanner.scan(text)));
      } catch (IOException | RuntimeException e) {
        // an unreadable template is as good as a missing one: its render calls report nothing
      }
    }
  }

  /** The template named {@code name}, when the index has it. */
  public Optional<Template> get(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The unescaped outputs of each variable in the template {@code name} and the templates it extends
   * or includes (first output per variable); empty when the template is unknown.
   */
  public Map<String, Unescaped> unescaped(String name, Engine engine) {
    Map<String, Unescaped> out = new LinkedHashMap<>();
    collect(name, engine, out, new HashSet<>(), 0);
    return out;
  }

  private void collect(String name, Engine engine, Map<String, Unescaped> out, Set<String> visited, int depth) {
    collect(name, engine, out, visited, depth, null);
  }

  /**
   * As above; {@code offBy} names the template that includes this one inside its {@code autoescape
   * off} region (Django's tag reaches included templates), or is null.
   */
  private void collect(String name, Engine engine, Map<String, Unescaped> out, Set<String> visited, int depth,
      String offBy) {
    Template t = byName.get(name);
    if (t == null || depth > MAX_DEPTH || !visited.add(name)) {
      return;
    }
    boolean escapes = escapesByDefault(name, engine);
    if (offBy != null) {
      report(t.syntax().outputs(), t.display(), "with autoescape off in " + offBy, out);
    }
    unescaped(t, escapes, out);
    importedCalls(t.syntax(), engine, out);
    if (engine == Engine.DJANGO) {
      inheritedAutoescape(t, out);
    }
    for (String ref : t.syntax().references()) {
      boolean off = engine == Engine.DJANGO && (offBy != null || t.syntax().unescapedIncludes().contains(ref));
      collect(ref, engine, out, visited, depth + 1, off ? (offBy != null ? offBy : shown(t)) : null);
    }
  }

  private static boolean escapesByDefault(String name, Engine engine) {
    return engine == Engine.DJANGO || engine == Engine.FLASK && name != null && autoescapedExtension(name);
  }

  private static String shown(Template t) {
    return t.display() == null ? "the inline template" : t.display();
  }

  /**
   * The calls of macros imported from other templates: each prints its arguments as the macro's body
   * prints its parameters, escaped as the macro's own template is.
   */
  private void importedCalls(TemplateScanner.Syntax syntax, Engine engine, Map<String, Unescaped> out) {
    for (TemplateMacros.ImportedCall c : syntax.importedCalls()) {
      Template source = byName.get(c.template());
      TemplateMacros.Macro m = source == null ? null : source.syntax().macros().get(c.macro());
      if (m != null) {
        List<TemplateScanner.Output> printed = TemplateMacros.apply(m, c.arguments());
        unescaped(new Template(source.display(), new TemplateScanner.Syntax(printed, List.of())),
            escapesByDefault(c.template(), engine), out);
      }
    }
  }

  /**
   * Django's {@code autoescape off} around a {@code block} in a template this one extends (or one
   * that template extends) reaches what this template fills the block with: its outputs there print
   * unescaped. Jinja2 compiles each template's escaping on its own, so this is for Django only.
   */
  private void inheritedAutoescape(Template t, Map<String, Unescaped> out) {
    String parent = t.syntax().parent();
    Set<String> seen = new HashSet<>();
    for (int depth = 0; parent != null && depth < MAX_DEPTH && seen.add(parent); depth++) {
      Template p = byName.get(parent);
      if (p == null) {
        return;
      }
      for (String block : p.syntax().unescapedBlocks()) {
        List<TemplateScanner.Output> filled = t.syntax().blockOutputs().get(block);
        if (filled != null) {
          report(filled, t.display(), "with autoescape off around block '" + block + "' in " + shown(p), out);
        }
      }
      parent = p.syntax().parent();
    }
  }

  /** Each output of {@code outputs} that says nothing of escaping, as unescaped {@code how}. */
  private static void report(List<TemplateScanner.Output> outputs, String display, String how,
      Map<String, Unescaped> out) {
    for (TemplateScanner.Output o : outputs) {
      if (o.escaping() == TemplateScanner.Escaping.DEFAULT) {
        out.putIfAbsent(o.name(), new Unescaped(o.name(), display, o.line(), how));
      }
    }
  }

  /**
   * The unescaped outputs of an inline template ({@code Template("...")}); templates it extends or
   * includes are looked up in this index.
   */
  public Map<String, Unescaped> unescapedInline(TemplateScanner.Syntax syntax, Engine engine) {
    Map<String, Unescaped> out = new LinkedHashMap<>();
    Template inline = new Template(null, syntax);
    unescaped(inline, engine == Engine.DJANGO, out);
    importedCalls(syntax, engine, out);
    Set<String> visited = new HashSet<>();
    if (engine == Engine.DJANGO) {
      inheritedAutoescape(inline, out);
    }
    for (String ref : syntax.references()) {
      boolean off = engine == Engine.DJANGO && syntax.unescapedIncludes().contains(ref);
      collect(ref, engine, out, visited, 1, off ? shown(inline) : null);
    }
    return out;
  }

  private static void unescaped(Template t, boolean escapesByDefault, Map<String, Unescaped> out) {
    for (TemplateScanner.Output o : t.syntax().outputs()) {
      String how = switch (o.escaping()) {
        case UNESCAPED -> o.how();
        case DEFAULT -> escapesByDefault ? null : "without autoescape";
        case ESCAPED -> null;
      };
      if (how != null) {
        out.putIfAbsent(o.name(), new Unescaped(o.name(), t.display(), o.line(), how));
      }
    }
  }

  private static boolean autoescapedExtension(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xml") || n.endsWith(".xhtml") || n.endsWith(".svg");
  }

  /** The directories holding {@code files}, each shown relative to {@code base}, for {@link #near}. */
  public static Map<Path, String> parents(Collection<Path> files, Path base) {
    Path b = base.toAbsolutePath().normalize();
    Map<Path, String> dirs = new LinkedHashMap<>();
    for (Path f : files) {
      Path p = f.toAbsolutePath().normalize().getParent();
      if (p != null && !dirs.containsKey(p)) {
        dirs.put(p, p.startsWith(b) ? b.relativize(p).toString() : p.toString());
      }
    }
    return dirs;
  }
}
