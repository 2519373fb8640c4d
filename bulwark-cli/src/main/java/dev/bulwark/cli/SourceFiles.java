package dev.bulwark.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds the Python files below the paths a user names. A named file is always taken, whatever its
 * extension, because the user asked for it; inside directories only matching extensions count and
 * tool or vendor directories are skipped. Symbolic links to directories are not followed, which
 * keeps link cycles from looping.
 */
final class SourceFiles {

  /**
   * Directories that hold other people's code, caches or build output, never the project's source,
   * unless they hold an {@code __init__.py}: then they are a package of the project (the standard
   * library's {@code venv}, a tool's {@code build} package) and are scanned.
   */
  static final Set<String> SKIPPED_DIRECTORIES =
      Set.of(".git", ".venv", "venv", "site-packages", "node_modules", ".tox", "build", "dist",
          "__pycache__");

  static final List<String> PYTHON_EXTENSIONS = List.of(".py", ".pyi");

  /** The interpreter of a shebang line: {@code python}, {@code python3}, {@code python3.12}, also via env or a venv. */
  private static final Pattern SHEBANG_PYTHON = Pattern.compile("(^|[/\\s])python[0-9.]*(\\s|$)");

  /** The files found, sorted by their shown name, and one diagnostic per path that failed. */
  /**
   * @param manifests the dependency manifests and lock files met on the way (named or walked, with the
   *     same excludes), for the dependency audit; they are in {@code files} only when also read as text
   */
  record Found(List<SourceFile> files, List<Diagnostic> problems, List<Path> manifests) {}

  private final List<String> extensions;
  private final Predicate<Path> excluded;
  private final Predicate<Path> namedExcluded;
  private final Predicate<String> textFiles;
  private final Predicate<String> namedText;
  private final Predicate<Path> manifest;
  private final List<SourceFile> files = new ArrayList<>();
  private final List<Path> manifests = new ArrayList<>();
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Set<Path> seen = new HashSet<>();

  private SourceFiles(List<String> extensions, Predicate<Path> excluded, Predicate<Path> namedExcluded,
      Predicate<String> textFiles, Predicate<String> namedText, Predicate<Path> manifest) {
    this.manifest = manifest;
    this.namedText = namedText;
    this.extensions = extensions;
    this.excluded = excluded;
    this.namedExcluded = namedExcluded;
    this.textFiles = textFiles;
  }

  static Found find(List<Path> roots, List<String> extensions) {
    return find(roots, extensions, path -> false, path -> false);
  }

  /**
   * Like {@link #find(List, List)}, also skipping the files and directories {@code excluded} names
   * below the roots, and the roots that {@code namedExcluded} names (it also looks at the directories
   * a root is in): pre-commit names changed files one by one, and an excluded file must stay out.
   */
  static Found find(List<Path> roots, List<String> extensions, Predicate<Path> excluded,
      Predicate<Path> namedExcluded) {
    return find(roots, extensions, excluded, namedExcluded, name -> false, name -> false);
  }

  /**
   * Like {@link #find(List, List, Predicate, Predicate)}, also taking the files whose name
   * {@code textFiles} accepts (configuration and other files read for secrets only) as files that
   * are not Python. A file named on the command line is such a file when {@code namedText} accepts
   * its name and it has none of the Python extensions.
   */
  static Found find(List<Path> roots, List<String> extensions, Predicate<Path> excluded,
      Predicate<Path> namedExcluded, Predicate<String> textFiles, Predicate<String> namedText) {
    return find(roots, extensions, excluded, namedExcluded, textFiles, namedText, file -> false);
  }

  /**
   * Like {@link #find(List, List, Predicate, Predicate, Predicate, Predicate)}, also collecting the
   * files {@code manifest} accepts, so that the dependency audit needs no walk of its own.
   */
  static Found find(List<Path> roots, List<String> extensions, Predicate<Path> excluded,
      Predicate<Path> namedExcluded, Predicate<String> textFiles, Predicate<String> namedText,
      Predicate<Path> manifest) {
    SourceFiles finder = new SourceFiles(extensions, excluded, namedExcluded, textFiles, namedText, manifest);
    for (Path root : roots) {
      finder.visitRoot(root);
    }
    finder.files.sort(Comparator.comparing(SourceFile::display));
    finder.problems.sort(Comparator.naturalOrder());
    finder.manifests.sort(null);
    return new Found(List.copyOf(finder.files), List.copyOf(finder.problems), List.copyOf(finder.manifests));
  }

  private void visitRoot(Path given) {
    // "./src" and "src" name the same files; show them without the noise.
    Path root = given.normalize();
    if (root.toString().isEmpty()) {
      root = given;
    }
    if (!Files.exists(root)) {
      problems.add(Diagnostic.notFound(given.toString()));
    } else if (namedExcluded.test(root)) {
      return;
    } else if (Files.isDirectory(root)) {
      walk(root);
    } else if (Files.isRegularFile(root)) {
      Path name = root.getFileName();
      if (manifest.test(root)) {
        manifests.add(root);
      }
      add(root, name == null || hasExtension(root) || !namedText.test(name.toString()));
    } else {
      problems.add(Diagnostic.unreadable(root.toString(), "not a regular file or directory"));
    }
  }

  private void walk(Path root) {
    // Children of "." are shown as "pkg/a.py", not "./pkg/a.py".
    Path shownRoot = root.toString().equals(".") ? Path.of("") : root;
    GitIgnores ignores = GitIgnores.forWalk(root);
    try {
      // Symbolic links to directories are not followed, so a link loop cannot trap the walk.
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (dir.equals(root)) {
            return FileVisitResult.CONTINUE;
          }
          boolean skipped = SKIPPED_DIRECTORIES.contains(dir.getFileName().toString()) && !isPackage(dir);
          return skipped || excluded.test(dir) || ignores.isIgnored(dir, true)
              ? FileVisitResult.SKIP_SUBTREE
              : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          boolean python = hasExtension(file) || isPythonScript(file, attrs);
          boolean text = !python && textFiles.test(file.getFileName().toString());
          boolean declares = !python && manifest.test(file);
          if ((python || text || declares) && !excluded.test(file) && !ignores.isIgnored(file, false)) {
            Path shown = shownRoot.resolve(root.relativize(file));
            if (attrs.isRegularFile() || Files.isRegularFile(file)) {
              if (declares) {
                manifests.add(shown);
              }
              if (python || text) {
                add(shown, python);
              }
            } else if ((python || text) && attrs.isSymbolicLink() && !Files.exists(file)) {
              problems.add(Diagnostic.unreadable(shown.toString(), "broken symbolic link"));
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          problems.add(Diagnostic.unreadable(shownRoot.resolve(root.relativize(file)).toString(), e));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.add(Diagnostic.unreadable(root.toString(), e));
    }
  }

  /**
   * A file without an extension whose first line is a Python shebang ({@code #!/usr/bin/env python3}):
   * the commands a project installs under {@code bin/} or {@code scripts/}.
   */
  private static boolean isPythonScript(Path file, BasicFileAttributes attrs) {
    String name = file.getFileName().toString();
    if (name.indexOf('.') >= 0 || !attrs.isRegularFile() || attrs.size() < 3) {
      return false;
    }
    byte[] head = new byte[128];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      return false; // not ours to judge: a file we cannot read and would not have scanned
    }
    if (n < 2 || head[0] != '#' || head[1] != '!') {
      return false;
    }
    int end = 2;
    while (end < n && head[end] != '\n') {
      end++;
    }
    String line = new String(head, 2, end - 2, StandardCharsets.ISO_8859_1);
    return SHEBANG_PYTHON.matcher(line).find();
  }

  private static boolean isPackage(Path dir) {
    return Files.isRegularFile(dir.resolve("__init__.py"));
  }

  private boolean hasExtension(Path file) {
    String name = file.getFileName().toString();
    for (String extension : extensions) {
      if (name.endsWith(extension)) {
        return true;
      }
    }
    return false;
  }

  /** Adds a file once, however many of the given paths lead to it. */
  private void add(Path shown, boolean python) {
    if (seen.add(shown.toAbsolutePath().normalize())) {
      files.add(new SourceFile(shown.toString(), shown, python));
    }
  }
}
