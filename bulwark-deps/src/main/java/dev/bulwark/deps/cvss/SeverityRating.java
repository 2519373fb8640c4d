package dev.bulwark.deps.cvss;

import dev.bulwark.deps.advisory.OsvSeverity;
import java.util.List;
import java.util.Optional;

/**
 * The severity of an advisory as reports show it: from its CVSS v3 vector when it has one. A
 * CVSS v4 vector is recognised but not scored (Bulwark does not implement the v4 lookup tables
 * yet), so an advisory with only a v4 vector is "unknown" with a note; so is one without any.
 *
 * @param score the highest v3 base score among the advisory's vectors, when there is one
 * @param note why the severity is unknown, or empty
 */
public record SeverityRating(Severity severity, Optional<CvssScore> score, String note) {

  public static final SeverityRating UNKNOWN = new SeverityRating(Severity.UNKNOWN, Optional.empty(), "no CVSS vector");

  /** The rating of an advisory's severity entries. */
  public static SeverityRating of(List<OsvSeverity> entries) {
    CvssScore best = null;
    boolean v4 = false;
    for (OsvSeverity s : entries) {
      if (s.score() == null) {
        continue;
      }
      Optional<CvssScore> scored = Cvss3.score(s.score());
      if (scored.isPresent() && (best == null || scored.get().baseScore() > best.baseScore())) {
        best = scored.get();
      }
      v4 |= s.score().startsWith("CVSS:4.0/");
    }
    if (best != null) {
      return new SeverityRating(best.severity(), Optional.of(best), "");
    }
    if (v4) {
      return new SeverityRating(Severity.UNKNOWN, Optional.empty(), "CVSS v4 vector not scored");
    }
    return UNKNOWN;
  }

  /** The higher of two ratings (unknown is below none). */
  public SeverityRating max(SeverityRating other) {
    if (other.severity.compareTo(severity) != 0) {
      return other.severity.compareTo(severity) > 0 ? other : this;
    }
    double mine = score.map(CvssScore::baseScore).orElse(-1.0);
    double theirs = other.score.map(CvssScore::baseScore).orElse(-1.0);
    return theirs > mine ? other : this;
  }
}
