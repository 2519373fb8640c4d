package dev.bulwark.python.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/** Finds the repository's tool scripts and this module's build directory from wherever tests run. */
final class RepoLayout {

  private RepoLayout() {}

  /** {@code tools/conformance}, found by walking up from the working directory. */
  static Optional<Path> conformanceTools() {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path tools = dir.resolve("tools/conformance");
      if (Files.isRegularFile(tools.resolve("reference_dump.py"))) {
        return Optional.of(tools);
      }
    }
    return Optional.empty();
  }

  /** The module's {@code target} directory (Surefire runs tests from the module directory). */
  static Path targetDir() {
    String basedir = System.getProperty("basedir");
    Path base = basedir != null ? Paths.get(basedir) : Paths.get("").toAbsolutePath();
    return base.resolve("target");
  }
}
