package dev.bulwark.deps.manifest;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/** The test projects under src/test/resources/projects, and a compact text form of what readers return. */
final class Fixtures {

  private Fixtures() {}

  static Path project(String name) {
    URL url = Fixtures.class.getResource("/projects/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test project " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code name version-or-specifier scope line [; marker]}: one line per dependency. */
  static List<String> dependencies(ManifestReading r) {
    return r.dependencies().stream().map(Fixtures::describe).toList();
  }

  static String describe(Dependency d) {
    String what = d.version().map(v -> "==" + v).orElse(d.specifier().isEmpty() ? "*" : d.specifier());
    return d.name() + " " + what + " " + d.scope() + " " + d.source().line()
        + d.marker().map(m -> " ; " + m).orElse("");
  }

  /** {@code what: reason @line}. */
  static List<String> skipped(ManifestReading r) {
    return r.skipped().stream().map(s -> s.what() + ": " + s.reason() + " @" + s.source().line()).toList();
  }

  static List<String> problems(ManifestReading r) {
    return r.problems().stream().map(p -> p.source().line() + ": " + p.message()).toList();
  }
}
