package dev.bulwark.python.conformance;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CPython interpreter found on this machine, with its standard library's location.
 *
 * @param executable the real interpreter binary (not a pyenv shim)
 * @param version e.g. {@code 3.13.0}
 * @param stdlib {@code sysconfig.get_paths()['stdlib']}
 */
record PythonInstall(Path executable, String version, Path stdlib) {

  /** Where the project's machines keep the pinned reference interpreter. */
  static final String PINNED_313 = "/root/.pyenv/versions/3.13.0/bin/python3";

  private static final String PROBE =
      "import sys, sysconfig; print(sys.executable); "
          + "print('%d.%d.%d' % sys.version_info[:3]); print(sysconfig.get_paths()['stdlib'])";

  /**
   * The reference CPython 3.13: {@code -Dconformance.python=...} if given, else the pinned pyenv
   * install, else whatever {@code PYENV_VERSION=3.13.0 python3} runs.
   */
  static Optional<PythonInstall> cpython313() {
    String override = System.getProperty("conformance.python", "");
    if (!override.isBlank()) {
      return probe(List.of(override), Map.of()).filter(p -> p.version.startsWith("3.13."));
    }
    return probe(List.of(PINNED_313), Map.of())
        .or(() -> probe(List.of("python3"), Map.of("PYENV_VERSION", "3.13.0")))
        .filter(p -> p.version.startsWith("3.13."));
  }

  /** Where {@link #cpython313()} looks, for the message when it finds nothing. */
  static String searched() {
    String override = System.getProperty("conformance.python", "");
    return override.isBlank() ? PINNED_313 + " and PYENV_VERSION=3.13.0 python3" : override + " (conformance.python)";
  }

  /** Some CPython of the given minor version ("3.11"), used only for its standard library. */
  static Optional<PythonInstall> ofMinorVersion(String minor) {
    List<List<String>> candidates = new ArrayList<>();
    Path versions = Paths.get("/root/.pyenv/versions");
    if (Files.isDirectory(versions)) {
      try (DirectoryStream<Path> dirs = Files.newDirectoryStream(versions, minor + ".*")) {
        for (Path dir : dirs) {
          candidates.add(List.of(dir.resolve("bin/python3").toString()));
        }
      } catch (IOException ignored) {
        // fall through to PATH lookups
      }
    }
    candidates.add(List.of("python" + minor));
    candidates.add(List.of("python3"));
    for (List<String> command : candidates) {
      Optional<PythonInstall> found = probe(command, Map.of()).filter(p -> p.version.startsWith(minor + "."));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<PythonInstall> probe(List<String> interpreter, Map<String, String> env) {
    List<String> command = new ArrayList<>(interpreter);
    command.add("-c");
    command.add(PROBE);
    return ProcessRunner.run(command, env, 60, null)
        .filter(r -> r.exitCode() == 0)
        .map(r -> r.stdout().strip().split("\\R"))
        .filter(lines -> lines.length == 3)
        .map(lines -> new PythonInstall(Paths.get(lines[0]), lines[1], Paths.get(lines[2])));
  }
}
