package dev.bulwark.deps.manifest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds and reads every manifest of a project (requirements files too, but not constraints files,
 * which only the requirements files that name them with {@code -c} apply, nor a pip-tools
 * {@code requirements.in} beside its {@code requirements.txt}). In each directory a lock file wins over the manifest
 * it was made from: poetry.lock over pyproject.toml's {@code [tool.poetry]}, Pipfile.lock over
 * Pipfile, and any lock (uv.lock, pdm.lock, pylock*.toml, poetry.lock) over pyproject.toml's
 * {@code [project]} and {@code [dependency-groups]}. Directories {@code .git}, {@code node_modules}
 * and caches are skipped; virtual environments and site-packages directories are read only when
 * asked, or when the path given is one.
 */
public final class ProjectManifests {

  private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", ".hg", ".svn", "node_modules", "__pycache__",
      ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".idea", ".vscode");

  /**
   * What was read.
   *
   * @param files the files read, in order
   * @param notes one line per manifest (or section) that a lock file beside it replaced
   * @param reading the packages, skipped entries and problems of all files, each with its file and line
   */
  public record Found(List<Path> files, List<String> notes, ManifestReading reading) {
    public Found {
      files = List.copyOf(files);
      notes = List.copyOf(notes);
    }
  }

  private ProjectManifests() {}

  /** {@link #find(Path, boolean)} without installed environments (unless {@code root} is one). */
  public static Found find(Path root) {
    return find(root, false);
  }

  /**
   * Reads every manifest under {@code root} (a directory, a manifest file, a virtual environment
   * or a site-packages directory).
   *
   * @param environments also read the virtual environments and site-packages found under {@code root}
   */
  public static Found find(Path root, boolean environments) {
    Builder b = new Builder();
    if (!Files.exists(root)) {
      b.problem(root, "no such file or directory");
      return b.found();
    }
    if (Files.isRegularFile(root)) {
      b.readFile(root);
      return b.found();
    }
    if (InstalledEnvironmentReader.isVirtualEnvironment(root)) {
      InstalledEnvironmentReader.sitePackagesOf(root).forEach(b::readSitePackages);
      return b.found();
    }
    if (InstalledEnvironmentReader.isSitePackages(root)) {
      b.readSitePackages(root);
      return b.found();
    }
    Map<Path, List<Path>> byDirectory = new TreeMap<>();
    List<Path> environmentsFound = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (dir.equals(root)) {
            return FileVisitResult.CONTINUE;
          }
          String name = dir.getFileName().toString();
          if (SKIPPED_DIRECTORIES.contains(name)) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          if (InstalledEnvironmentReader.isVirtualEnvironment(dir)) {
            if (environments) {
              environmentsFound.addAll(InstalledEnvironmentReader.sitePackagesOf(dir));
            }
            return FileVisitResult.SKIP_SUBTREE;
          }
          if (name.equals("site-packages") || name.equals("dist-packages")) {
            if (environments) {
              environmentsFound.add(dir);
            }
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && ManifestKind.of(file).isPresent()) {
            byDirectory.computeIfAbsent(file.getParent(), d -> new ArrayList<>()).add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          b.problem(file, "cannot read: " + e.getClass().getSimpleName());
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      b.problem(root, "cannot list: " + e.getClass().getSimpleName());
    }
    b.readDirectories(byDirectory);
    environmentsFound.stream().sorted().forEach(b::readSitePackages);
    return b.found();
  }

  /**
   * Reads manifests another walk has already found (the scan's, which honours its excludes and
   * {@code .gitignore}), grouped by directory so that a lock file still wins over its manifest.
   * Paths that are not manifests are passed over.
   */
  public static Found of(List<Path> manifests) {
    Map<Path, List<Path>> byDirectory = new TreeMap<>();
    for (Path file : manifests) {
      if (ManifestKind.of(file).isPresent()) {
        Path dir = file.toAbsolutePath().getParent();
        byDirectory.computeIfAbsent(dir, d -> new ArrayList<>()).add(file);
      }
    }
    Builder b = new Builder();
    b.readDirectories(byDirectory);
    return b.found();
  }

  /** Collects the readings of one call. */
  private static final class Builder {
    private final Set<Path> files = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();
    private final List<ManifestReading> readings = new ArrayList<>();

    void problem(Path file, String message) {
      readings.add(new ManifestReading(List.of(), List.of(), List.of(new ManifestProblem(new SourceLocation(file, 0),
          message))));
    }

    void readFile(Path file) {
      ManifestKind.of(file).ifPresentOrElse(kind -> {
        files.add(file);
        readings.add(kind.read(file));
      }, () -> problem(file, "not a manifest Bulwark reads (requirements*.txt, pyproject.toml, poetry.lock, Pipfile, "
          + "Pipfile.lock, uv.lock, pdm.lock, pylock.toml)"));
    }

    void readSitePackages(Path dir) {
      if (files.add(dir)) {
        readings.add(InstalledEnvironmentReader.read(dir));
      }
    }

    /** The manifests of each directory, directory by directory in path order. */
    void readDirectories(Map<Path, List<Path>> byDirectory) {
      for (List<Path> inOne : byDirectory.values()) {
        List<Path> files = new ArrayList<>(inOne);
        files.sort(null);
        readDirectory(files);
      }
    }

    /** The manifests of one directory, the lock files winning. */
    void readDirectory(List<Path> dirFiles) {
      Path pyproject = null;
      Path poetryLock = null;
      boolean pipfileLock = false;
      boolean otherLock = false;
      for (Path f : dirFiles) {
        ManifestKind kind = ManifestKind.of(f).orElseThrow();
        switch (kind) {
          case PYPROJECT:
            pyproject = f;
            break;
          case POETRY_LOCK:
            poetryLock = f;
            break;
          case PIPFILE_LOCK:
            pipfileLock = true;
            break;
          case UV_LOCK:
          case PDM_LOCK:
          case PYLOCK:
            otherLock = true;
            break;
          default:
            break;
        }
      }
      for (Path f : dirFiles) {
        ManifestKind kind = ManifestKind.of(f).orElseThrow();
        switch (kind) {
          case PYPROJECT: {
            Set<PyprojectReader.Section> sections = EnumSet.noneOf(PyprojectReader.Section.class);
            if (poetryLock == null && !otherLock) {
              sections.add(PyprojectReader.Section.PROJECT);
            } else {
              notes.add(f + ": [project] and [dependency-groups] are covered by the lock file beside it");
            }
            if (poetryLock == null) {
              sections.add(PyprojectReader.Section.POETRY);
            } else {
              notes.add(f + ": [tool.poetry] is covered by " + poetryLock.getFileName());
            }
            if (!sections.isEmpty()) {
              ManifestReading reading = PyprojectReader.read(f, sections);
              boolean empty = reading.dependencies().isEmpty() && reading.skipped().isEmpty()
                  && reading.problems().isEmpty();
              // a uv or PDM project's pyproject.toml has no [tool.poetry]: nothing of it was read
              if (sections.contains(PyprojectReader.Section.PROJECT) || !empty) {
                files.add(f);
                readings.add(reading);
              }
            }
            break;
          }
          case POETRY_LOCK:
            files.add(f);
            readings.add(PoetryLockReader.read(f,
                pyproject == null ? Map.of() : PyprojectReader.poetryDirectGroups(pyproject)));
            break;
          case PIPFILE:
            if (pipfileLock) {
              notes.add(f + ": covered by Pipfile.lock");
            } else {
              files.add(f);
              readings.add(kind.read(f));
            }
            break;
          case REQUIREMENTS:
            if (isConstraintsOnly(f)) {
              break; // constraints never add packages; the requirements files that use them read them with -c
            }
            if (f.getFileName().toString().endsWith(".in") && dirFiles.contains(compiled(f))) {
              notes.add(f + ": covered by " + compiled(f).getFileName());
              break;
            }
            files.add(f);
            readings.add(kind.read(f));
            break;
          default:
            files.add(f);
            readings.add(kind.read(f));
        }
      }
    }

    private static boolean isConstraintsOnly(Path f) {
      return f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).contains("constraints");
    }

    /** pip-tools' output for an input file: requirements.in is compiled into requirements.txt. */
    private static Path compiled(Path in) {
      String name = in.getFileName().toString();
      return in.resolveSibling(name.substring(0, name.length() - 3) + ".txt");
    }

    /**
     * Everything read, each entry once: a requirements file included by two others (or both read and
     * included) gives the same entries at the same place twice.
     */
    Found found() {
      ManifestReading all = InstalledEnvironmentReader.merge(readings);
      return new Found(new ArrayList<>(files), notes, new ManifestReading(
          List.copyOf(new LinkedHashSet<>(all.dependencies())),
          List.copyOf(new LinkedHashSet<>(all.skipped())),
          List.copyOf(new LinkedHashSet<>(all.problems()))));
    }
  }
}
