package dev.bulwark.deps.audit;

import dev.bulwark.deps.manifest.Dependency;
import java.util.List;
import java.util.Optional;

/**
 * The audit of one dependency.
 *
 * @param name the PEP 503 name the store was searched with
 * @param note a remark for the report (marker not evaluated, bad specifier), or empty
 * @param findings one per alias group, sorted by id
 * @param recommended the smallest version among the known fix bounds that no advisory in the store
 *     affects (a final release when one qualifies), above the current version for a pinned
 *     dependency; empty when there are no findings or no such version is known
 */
public record PackageResult(
    Dependency dependency,
    String name,
    PackageStatus status,
    String note,
    List<Finding> findings,
    Optional<String> recommended) {

  public PackageResult {
    findings = List.copyOf(findings);
  }

  public boolean vulnerable() {
    return !findings.isEmpty();
  }
}
