package dev.bulwark.taint;

import dev.bulwark.python.Comment;
import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.semantic.SemanticModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Case files with inline expectations: a line that must be reported carries {@code # expect: KIND}
 * (sink kinds by their model names, comma-separated); a line marked {@code # safe: KIND} is a labeled
 * look-alike that must not be; every other line must not be reported either.
 */
final class TaintCases {
  private TaintCases() {}

  /** Per line, the sink kinds expected there ({@code expect}) or labeled safe ({@code safe}). */
  record Labels(Map<Integer, Set<SinkKind>> expected, Map<Integer, Set<SinkKind>> safe) {}

  /** Per line, the kinds the analysis reports there. */
  static Map<Integer, Set<SinkKind>> analyze(String text, String name) {
    return analyze(text, name, "case", false, ProjectSummaries.EMPTY);
  }

  /** Per line, the kinds the analysis reports there, for module {@code module} of a project. */
  static Map<Integer, Set<SinkKind>> analyze(String text, String name, String module, boolean isPackage,
      ProjectSummaries project) {
    ParseResult parsed = PythonParser.parseText(text, name);
    if (parsed.error().isPresent()) {
      throw new AssertionError(name + " must parse: " + parsed.error().get());
    }
    SemanticModel model = SemanticModel.of(parsed.module(), module, isPackage);
    Map<Integer, Set<SinkKind>> found = new TreeMap<>();
    for (TaintAnalysis.Hit h : TaintAnalysis.analyze(parsed.module(), model, ModelReader.builtin(), project)) {
      found.computeIfAbsent(h.at().range().line(), k -> new TreeSet<>()).add(h.kind());
    }
    return found;
  }

  /** A case project: the {@code .py} files under {@code dir}, named as modules relative to it. */
  record Project(Path dir, List<Path> files, ProjectSummaries summaries) {

    /** The project in {@code dir}, read once per test run through {@code cache}. */
    static Project cached(java.util.Map<Path, Project> cache, Path dir) {
      return cache.computeIfAbsent(dir, d -> {
        try {
          return of(d);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }

    static Project of(Path dir) throws java.io.IOException {
      List<Path> files;
      try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(dir)) {
        files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
      }
      TemplateIndex templates = templates(dir, files);
      ProjectSummaries summaries = ProjectAnalysis.summarize(files, f -> moduleName(dir, f), f -> {
        try {
          ParseResult parsed = PythonParser.parseText(java.nio.file.Files.readString(f), f.toString());
          return new ProjectAnalysis.ParsedModule(parsed.module(),
              SemanticModel.of(parsed.module(), moduleName(dir, f), isPackage(f)));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }, ModelReader.builtin(), ProjectAnalysis.DEFAULT_ROUNDS, ProjectAnalysis.PARALLEL, templates);
      List<DjangoRouting.Source> sources = new java.util.ArrayList<>();
      for (Path f : files) {
        String text = java.nio.file.Files.readString(f);
        sources.add(new DjangoRouting.Source(moduleName(dir, f), f.getFileName().toString(), () -> text, () -> {
          ParseResult parsed = PythonParser.parseText(text, f.toString());
          return new ProjectAnalysis.ParsedModule(parsed.module(),
              SemanticModel.of(parsed.module(), moduleName(dir, f), isPackage(f)));
        }));
      }
      return new Project(dir, files, summaries.withUrlConfs(DjangoRouting.of(sources)));
    }

    /** The templates a scan of {@code dir} reads: configured directories, then those beside the code. */
    static TemplateIndex templates(Path dir, List<Path> files) throws java.io.IOException {
      List<TemplateDirs.Dir> configured = new java.util.ArrayList<>();
      Map<String, String> inline = new java.util.LinkedHashMap<>();
      Map<String, TemplateDirs.Parsed> modules = new java.util.HashMap<>();
      for (Path f : files) {
        ParseResult parsed = PythonParser.parseText(java.nio.file.Files.readString(f), f.toString());
        modules.put(moduleName(dir, f), new TemplateDirs.Parsed(parsed.module(),
            SemanticModel.of(parsed.module(), moduleName(dir, f), isPackage(f)), f));
      }
      for (Path f : files) {
        if (TemplateDirs.mayConfigure(java.nio.file.Files.readString(f))) {
          TemplateDirs.Parsed p = modules.get(moduleName(dir, f));
          TemplateDirs.Found found = TemplateDirs.find(p.module(), p.model(), f, dir,
              name -> java.util.Optional.ofNullable(modules.get(name)));
          configured.addAll(found.dirs());
          found.inline().forEach(inline::putIfAbsent);
        }
      }
      return TemplateIndex.of(configured, inline, TemplateIndex.parents(files, dir));
    }

    static String moduleName(Path dir, Path file) {
      String rel = dir.relativize(file).toString().replace(java.io.File.separatorChar, '/').replaceFirst("\\.py$", "");
      if (rel.endsWith("/__init__")) {
        rel = rel.substring(0, rel.length() - "/__init__".length());
      }
      return rel.replace('/', '.');
    }

    static boolean isPackage(Path file) {
      return file.getFileName().toString().equals("__init__.py");
    }

    Map<Integer, Set<SinkKind>> analyze(Path file, String text, String name) {
      return TaintCases.analyze(text, name, moduleName(dir, file), isPackage(file), summaries);
    }
  }

  static Labels labels(String text, String name) {
    ParseResult parsed = PythonParser.parseText(text, name);
    Map<Integer, Set<SinkKind>> expected = new TreeMap<>();
    Map<Integer, Set<SinkKind>> safe = new TreeMap<>();
    for (Comment c : parsed.comments()) {
      String body = c.text().substring(1).strip();
      Map<Integer, Set<SinkKind>> into = body.startsWith("expect:") ? expected : body.startsWith("safe:") ? safe : null;
      if (into == null) {
        continue;
      }
      for (String k : body.substring(body.indexOf(':') + 1).split("[,\\s]+")) {
        if (k.isBlank()) {
          continue;
        }
        SinkKind kind = SinkKind.ofModelName(k.strip());
        if (kind == null) {
          throw new AssertionError(name + ":" + c.range().line() + ": unknown kind " + k);
        }
        into.computeIfAbsent(c.range().line(), x -> new TreeSet<>()).add(kind);
      }
    }
    return new Labels(expected, safe);
  }

  static List<String> differences(String text, String name) {
    Labels l = labels(text, name);
    Map<Integer, Set<SinkKind>> found = analyze(text, name);
    List<String> problems = new java.util.ArrayList<>();
    Set<Integer> lines = new TreeSet<>(l.expected().keySet());
    lines.addAll(found.keySet());
    for (int line : lines) {
      Set<SinkKind> e = l.expected().getOrDefault(line, Set.of());
      Set<SinkKind> f = found.getOrDefault(line, Set.of());
      if (!e.equals(f)) {
        problems.add(name + ":" + line + ": expected " + e + ", found " + f);
      }
    }
    return problems;
  }
}
