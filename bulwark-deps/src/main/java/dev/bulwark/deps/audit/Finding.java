package dev.bulwark.deps.audit;

import dev.bulwark.deps.advisory.OsvReference;
import dev.bulwark.deps.cvss.SeverityRating;
import java.util.List;
import java.util.Optional;

/**
 * One vulnerability of one package: the advisories of an alias group that affect it, reported once.
 *
 * @param id the group's preferred id among the matching advisories (PYSEC, then GHSA, then CVE)
 * @param advisories ids of the store's records that matched (one or more of the group)
 * @param aliases every id of the alias group, {@code id} first
 * @param potential true for an unpinned requirement: some allowed version is affected
 * @param summary the advisory's summary, or the first line of its details
 * @param severity the highest rating among the matching records
 * @param fixedIn every {@code fixed} bound of the matching records for this package, in version order
 * @param minimalFix the smallest fixed bound above the current version that the group does not
 *     affect; empty for potential findings and when there is no fix
 * @param references links of the matching records, without duplicates
 */
public record Finding(
    String id,
    List<String> advisories,
    List<String> aliases,
    boolean potential,
    String summary,
    SeverityRating severity,
    List<String> fixedIn,
    Optional<String> minimalFix,
    List<OsvReference> references) {

  public Finding {
    advisories = List.copyOf(advisories);
    aliases = List.copyOf(aliases);
    fixedIn = List.copyOf(fixedIn);
    references = List.copyOf(references);
  }

  /** Whether any id of the group equals {@code someId} (ignore lists match any alias). */
  public boolean isKnownAs(String someId) {
    return aliases.stream().anyMatch(a -> a.equalsIgnoreCase(someId));
  }
}
