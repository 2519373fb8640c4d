package dev.bulwark.cli;

import dev.bulwark.rules.Rule;
import dev.bulwark.rules.taint.TaintRules;
import dev.bulwark.semantic.SemanticModel;
import dev.bulwark.taint.DjangoRouting;
import dev.bulwark.taint.ProjectAnalysis;
import dev.bulwark.taint.ProjectSummaries;
import dev.bulwark.taint.TaintModel;
import dev.bulwark.taint.TemplateDirs;
import dev.bulwark.taint.TemplateIndex;
import dev.bulwark.taint.UrlConfs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The first phase of a scan with taint rules: the summaries of every function of the scanned files,
 * so that the per-file checks follow calls from one module into another. Files are parsed here and
 * dropped again (only the summaries stay); a file that cannot be read or parsed is left out, and the
 * per-file phase reports it as usual. The templates beside the scanned files are read here too.
 */
final class ProjectTaint {
  private ProjectTaint() {}

  /** The summaries of {@code files}' functions, or none when no taint rule runs. */
  static ProjectSummaries summarize(List<SourceFile> files, ParserFunction parser, List<Rule> rules,
      List<TaintModel> models) {
    if (!TaintRules.anyIn(rules) || files.isEmpty() || !anySource(files, models)) {
      return ProjectSummaries.EMPTY;
    }
    PrePasses pre = new PrePasses(parser);
    TemplateIndex templates = templates(files, pre);
    UrlConfs urls = urlConfs(files, pre);
    // the pre-passes' texts and parsed modules are let go here, before the rounds parse every module
    return functions(files, parser, models, templates).withTemplates(templates).withUrlConfs(urls);
  }

  /**
   * What the passes before the rounds (configured template directories, URL configurations) read of
   * each file: its text at most once, and a parse of the few modules either of them asks for at most once.
   */
  private static final class PrePasses {
    private final ParserFunction parser;
    private final Map<SourceFile, String> texts = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<SourceFile, java.util.Optional<ProjectAnalysis.ParsedModule>> parsed =
        new java.util.concurrent.ConcurrentHashMap<>();

    PrePasses(ParserFunction parser) {
      this.parser = parser;
    }

    String text(SourceFile f) {
      return texts.computeIfAbsent(f, ProjectTaint::textOf);
    }

    ProjectAnalysis.ParsedModule parse(SourceFile f) {
      return parsed.computeIfAbsent(f, file -> java.util.Optional.ofNullable(ProjectTaint.parse(file, parser)))
          .orElse(null);
    }

    /** The file parsed with its semantic model and path, or null when it cannot be read or parsed. */
    TemplateDirs.Parsed forTemplates(SourceFile f) {
      ProjectAnalysis.ParsedModule p = parse(f);
      return p == null ? null : new TemplateDirs.Parsed(p.module(), p.model(), f.path());
    }
  }

  /**
   * The views the scanned URL configurations register ({@code urls.py}, the {@code ROOT_URLCONF} module
   * and the modules they include), with the project's class-based views; only the modules that may
   * matter are parsed for it.
   */
  private static UrlConfs urlConfs(List<SourceFile> files, PrePasses pre) {
    List<DjangoRouting.Source> sources = new ArrayList<>();
    for (SourceFile f : files) {
      Path fileName = f.path().getFileName();
      sources.add(new DjangoRouting.Source(ModuleName.of(f.path()).dotted(),
          fileName == null ? "" : fileName.toString(), () -> pre.text(f), () -> pre.parse(f)));
    }
    return DjangoRouting.of(sources);
  }

  /** The text of {@code f} (each byte one character: only ASCII names are looked for), or "" when unreadable. */
  private static String textOf(SourceFile f) {
    try {
      return Files.readString(f.path(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      return ""; // the per-file phase reports it
    }
  }

  /** {@code file} parsed with its semantic model, or null when it cannot be read or parsed. */
  private static ProjectAnalysis.ParsedModule parse(SourceFile file, ParserFunction parser) {
    FileParse parse = FileParse.of(file, parser, new PrintWriter(Writer.nullWriter()));
    if (parse.result() == null || !parse.result().ok()) {
      return null;
    }
    ModuleName name = ModuleName.of(file.path());
    return new ProjectAnalysis.ParsedModule(parse.result().module(),
        SemanticModel.of(parse.result().module(), name.dotted(), name.isPackage()));
  }

  /**
   * Whether any file may hold attacker data by the models: a project that imports no web framework
   * (and no module of the user's models with sources) has none, and its summaries would serve nothing.
   * A file that cannot be read counts as one that may.
   */
  private static boolean anySource(List<SourceFile> files, List<TaintModel> models) {
    java.util.function.Predicate<String> maySource = TaintModel.sourceFiles(models);
    for (SourceFile f : files) {
      try {
        if (maySource.test(Files.readString(f.path(), StandardCharsets.ISO_8859_1))) {
          return true;
        }
      } catch (IOException e) {
        return true;
      }
    }
    return false;
  }

  /**
   * The templates under a {@code templates} directory beside any scanned file (Flask's beside the app,
   * Django's in each app and beside {@code manage.py}), shown the way the files beside them are, after
   * those of the directories the code configures (loaders, {@code template_folder}, Django's
   * {@code DIRS}), read from the few modules that may name one.
   */
  private static TemplateIndex templates(List<SourceFile> files, PrePasses pre) {
    Map<Path, String> dirs = new LinkedHashMap<>();
    for (SourceFile f : files) {
      Path dir = f.path().toAbsolutePath().normalize().getParent();
      Path shown = Path.of(f.display()).getParent();
      if (dir != null) {
        dirs.putIfAbsent(dir, shown == null ? "" : shown.toString());
      }
    }
    Path root = TemplateDirs.commonDirectory(dirs.keySet());
    List<TemplateDirs.Dir> configured = new ArrayList<>();
    Map<String, String> inline = new LinkedHashMap<>();
    // on the workers, whose large stacks deeply nested files need
    TemplateDirs.Modules modules = modules(files, pre);
    Workers.mapInOrder(files, f -> configuredBy(f, pre, root, modules), found -> {
      configured.addAll(found.dirs());
      found.inline().forEach(inline::putIfAbsent);
    });
    return TemplateIndex.of(configured, inline, dirs);
  }

  /** The template directories and in-code templates the module {@code f} configures; none when it cannot be read or parsed. */
  private static TemplateDirs.Found configuredBy(SourceFile f, PrePasses pre, Path root,
      TemplateDirs.Modules modules) {
    try {
      if (!TemplateDirs.mayConfigure(pre.text(f))) { // an unreadable file reads as ""
        return TemplateDirs.Found.NONE;
      }
      TemplateDirs.Parsed p = pre.forTemplates(f);
      return p == null ? TemplateDirs.Found.NONE : TemplateDirs.find(p.module(), p.model(), f.path(), root, modules);
    } catch (RuntimeException e) {
      return TemplateDirs.Found.NONE; // the per-file phase reports a file it cannot read or parse
    }
  }

  /**
   * The scanned modules by dotted name, parsed when a template path reads a name one of them defines
   * ({@code from config import TEMPLATE_DIR}); each is parsed once.
   */
  private static TemplateDirs.Modules modules(List<SourceFile> files, PrePasses pre) {
    // most scans never ask: the names are worked out on the first question
    java.util.function.Supplier<Map<String, SourceFile>> byName = memoize(() -> {
      Map<String, SourceFile> m = new LinkedHashMap<>();
      for (SourceFile f : files) {
        m.putIfAbsent(ModuleName.of(f.path()).dotted(), f);
      }
      return m;
    });
    return dotted -> {
      SourceFile f = byName.get().get(dotted);
      return f == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(pre.forTemplates(f));
    };
  }

  private static <T> java.util.function.Supplier<T> memoize(java.util.function.Supplier<T> make) {
    return new java.util.function.Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = make.get();
        }
        return value;
      }
    };
  }



  private static ProjectSummaries functions(List<SourceFile> files, ParserFunction parser, List<TaintModel> models,
      TemplateIndex templates) {
    if (files.size() < 2) {
      return ProjectSummaries.EMPTY;
    }
    return ProjectAnalysis.summarize(files, file -> ModuleName.of(file.path()).dotted(), file -> parse(file, parser),
        models, ProjectAnalysis.DEFAULT_ROUNDS, ON_WORKERS, templates);
  }


  /** The rounds run on the scan's worker threads, whose large stacks deeply nested files need. */
  private static final ProjectAnalysis.Mapper ON_WORKERS = new ProjectAnalysis.Mapper() {
    @Override
    public <T, R> List<R> map(List<T> items, Function<T, R> work) {
      List<R> out = new ArrayList<>(items.size());
      Workers.mapInOrder(items, work, out::add);
      return out;
    }
  };
}
