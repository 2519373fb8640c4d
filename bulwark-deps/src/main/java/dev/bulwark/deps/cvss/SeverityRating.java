package dev.bulwark.deps.cvss;

import dev.bulwark.deps.advisory.OsvSeverity;
import java.util.List;
import java.util.Optional;

/**
 * The severity of an advisory as reports show it. A CVSS v4.0 score is preferred to a v3 one when
 * the advisory has a valid v4 vector: v4 is the publisher's newer assessment of the same flaw and
 * NVD and GitHub show it first, so taking the higher of the two would let an older, coarser v3
 * rating override it. Among vectors of one version the highest base score wins. An advisory with
 * no vector Bulwark can score is "unknown" with a note.
 *
 * @param score the chosen base score (v4 when there is one, else the highest v3), when there is one
 * @param note why the severity is unknown, or empty
 */
public record SeverityRating(Severity severity, Optional<CvssScore> score, String note) {

  public static final SeverityRating UNKNOWN = new SeverityRating(Severity.UNKNOWN, Optional.empty(), "no CVSS vector");

  /** The rating of an advisory's severity entries. */
  public static SeverityRating of(List<OsvSeverity> entries) {
    CvssScore bestV3 = null;
    CvssScore bestV4 = null;
    boolean invalidV4 = false;
    for (OsvSeverity s : entries) {
      if (s.score() == null) {
        continue;
      }
      Optional<CvssScore> v3 = Cvss3.score(s.score());
      if (v3.isPresent() && (bestV3 == null || v3.get().baseScore() > bestV3.baseScore())) {
        bestV3 = v3.get();
      }
      if (s.score().trim().startsWith("CVSS:4.0/")) {
        Optional<CvssScore> v4 = Cvss4.score(s.score());
        if (v4.isPresent() && (bestV4 == null || v4.get().baseScore() > bestV4.baseScore())) {
          bestV4 = v4.get();
        }
        invalidV4 |= v4.isEmpty();
      }
    }
    CvssScore best = bestV4 != null ? bestV4 : bestV3;
    if (best != null) {
      return new SeverityRating(best.severity(), Optional.of(best), "");
    }
    if (invalidV4) {
      return new SeverityRating(Severity.UNKNOWN, Optional.empty(), "CVSS v4 vector not valid");
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
