package dev.bulwark.deps.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What {@code meta.json} says about a store: where the data came from and when, the input's
 * checksum, and counts.
 *
 * @param format the store layout version ({@link AdvisoryStore#FORMAT})
 * @param source the file or URL the data came from
 * @param sourceKind osv-zip, pypa-tarball, directory, json or osv-update
 * @param importedAt when the store was built (RFC 3339, UTC)
 * @param fetchedAt when the data was downloaded, for {@code db update}; null for an import
 * @param etag the server's ETag of the download, or null
 * @param lastModified the server's Last-Modified of the download, or null
 * @param sha256 hex SHA-256 of the input file (of the entries, in name order, for a directory)
 * @param records advisories stored, withdrawn ones included
 * @param withdrawn how many of them are withdrawn
 * @param packages distinct PyPI package names (PEP 503) with at least one advisory
 * @param rejected entries of the input that were not stored (each was reported)
 * @param newestModified the newest {@code modified} time of any record
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoreMeta(
    int format,
    String source,
    @JsonProperty("source_kind") String sourceKind,
    @JsonProperty("imported_at") String importedAt,
    @JsonProperty("fetched_at") String fetchedAt,
    String etag,
    @JsonProperty("last_modified") String lastModified,
    String sha256,
    int records,
    int withdrawn,
    int packages,
    int rejected,
    @JsonProperty("newest_modified") String newestModified) {

  /**
   * How old the data is at {@code now}: the time since the newest {@code modified} of any record
   * (an import of an old snapshot is old however recently it was imported). Empty when that time
   * is not a readable RFC 3339 time. For the "database is N days old" warning of a scan.
   */
  public Optional<Duration> dataAge(Instant now) {
    Instant newest = StoreImporter.instant(newestModified);
    return newest == null ? Optional.empty() : Optional.of(Duration.between(newest, now));
  }
}
