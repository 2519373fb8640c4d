package dev.bulwark.deps.manifest;

import java.util.List;

/** What one reader found in one file: packages to audit, entries skipped with a reason, and problems. */
public record ManifestReading(List<Dependency> dependencies, List<SkippedEntry> skipped, List<ManifestProblem> problems) {

  public ManifestReading {
    dependencies = List.copyOf(dependencies);
    skipped = List.copyOf(skipped);
    problems = List.copyOf(problems);
  }
}
