package dev.bulwark.deps.advisory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One OSV advisory (schema 1.x), reduced to what the audit and its reports use. Timestamps and
 * versions stay the strings the source wrote: versions are parsed when matching (a version that is
 * not PEP 440 must survive), and timestamps are shown, compared and stored as written.
 *
 * @param id the advisory id, e.g. {@code PYSEC-2021-114} or {@code GHSA-xxxx-xxxx-xxxx}
 * @param aliases other ids for the same vulnerability (CVE, GHSA, …)
 * @param related ids of related but different vulnerabilities
 * @param modified when the record last changed (RFC 3339 text)
 * @param published when it was published, or null
 * @param withdrawn when it was retracted, or null: a withdrawn record never matches
 * @param summary one-line summary, or null
 * @param details the long description, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OsvRecord(
    String id,
    List<String> aliases,
    List<String> related,
    String modified,
    String published,
    String withdrawn,
    String summary,
    String details,
    List<OsvSeverity> severity,
    List<OsvAffected> affected,
    List<OsvReference> references) {

  public OsvRecord {
    aliases = OsvLists.copy(aliases);
    related = OsvLists.copy(related);
    severity = OsvLists.copy(severity);
    affected = OsvLists.copy(affected);
    references = OsvLists.copy(references);
  }

  /** True when the record has been retracted and must not be reported. */
  @JsonIgnore
  public boolean isRetracted() {
    return withdrawn != null && !withdrawn.isBlank();
  }
}
