package dev.bulwark.deps.manifest.internal;

import dev.bulwark.deps.manifest.Dependency;
import dev.bulwark.deps.manifest.ManifestProblem;
import dev.bulwark.deps.manifest.ManifestReading;
import dev.bulwark.deps.manifest.SkippedEntry;
import dev.bulwark.deps.manifest.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Gathers what a reader finds in one file, then hands it over as one {@link ManifestReading}. */
public final class Collector {

  private final Path file;
  private final List<Dependency> dependencies = new ArrayList<>();
  private final List<SkippedEntry> skipped = new ArrayList<>();
  private final List<ManifestProblem> problems = new ArrayList<>();

  public Collector(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  public SourceLocation at(int line) {
    return new SourceLocation(file, Math.max(line, 0));
  }

  public void pinned(String name, String version, String marker, String scope, int line) {
    dependencies.add(new Dependency(name, Optional.of(version), "==" + version, optional(marker), scope, at(line)));
  }

  public void add(Dependency dependency) {
    dependencies.add(dependency);
  }

  public void skip(String what, String reason, int line) {
    skipped.add(new SkippedEntry(what, reason, at(line)));
  }

  public void problem(String message, int line) {
    problems.add(new ManifestProblem(at(line), message));
  }

  public ManifestReading reading() {
    return new ManifestReading(dependencies, skipped, problems);
  }

  public static Optional<String> optional(String text) {
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
  }
}
