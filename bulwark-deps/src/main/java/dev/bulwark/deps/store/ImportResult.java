package dev.bulwark.deps.store;

import java.util.List;

/** What an import or update stored (its meta data) and which entries it left out. */
public record ImportResult(StoreMeta meta, List<ImportProblem> problems) {

  public ImportResult {
    problems = List.copyOf(problems);
  }
}
