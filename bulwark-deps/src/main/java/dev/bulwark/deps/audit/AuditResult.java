package dev.bulwark.deps.audit;

import dev.bulwark.deps.store.StoreMeta;
import java.util.List;

/**
 * An audit of a list of dependencies against one store: a result per dependency, in input order,
 * and the store's meta data (its date belongs in every report).
 */
public record AuditResult(List<PackageResult> packages, StoreMeta database) {

  public AuditResult {
    packages = List.copyOf(packages);
  }

  /** Every finding, pinned and potential. */
  public long findingCount() {
    return packages.stream().mapToLong(p -> p.findings().size()).sum();
  }
}
