package dev.bulwark.deps.audit;

import dev.bulwark.deps.advisory.CanonicalName;
import dev.bulwark.deps.advisory.OsvAffected;
import dev.bulwark.deps.advisory.OsvEvent;
import dev.bulwark.deps.advisory.OsvRange;
import dev.bulwark.deps.advisory.OsvRecord;
import dev.bulwark.deps.version.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether one version of a package is affected by one OSV record (pep440-facts §8): it is
 * when it equals an entry of {@code versions[]} (as PEP 440 versions; a local version also by its
 * public part), or lies in an ECOSYSTEM range, read both as a timeline of events sorted by version
 * and as the introduced→fixed pairs in file order (the two readings differ only for overlapping
 * pairs, where the union is what the advisory means). GIT ranges are ignored; a range with a bound
 * that is not PEP 440 cannot be evaluated and is skipped, leaving {@code versions[]}. A version that
 * is not PEP 440 matches {@code versions[]} by exact (case-insensitive) text only.
 *
 * <p>Not thread-safe: it caches parsed versions.
 */
final class RangeMatcher {

  private final Map<String, Optional<Version>> parsed = new HashMap<>();

  Optional<Version> version(String text) {
    return parsed.computeIfAbsent(text, Version::tryParse);
  }

  /** Whether {@code rawVersion} of package {@code canonicalName} is affected by the record. */
  boolean affects(OsvRecord record, String canonicalName, String rawVersion) {
    Optional<Version> v = version(rawVersion);
    for (OsvAffected a : entriesFor(record, canonicalName)) {
      if (inVersions(a, rawVersion, v)) {
        return true;
      }
      if (v.isPresent()) {
        for (OsvRange range : a.ranges()) {
          if (OsvRange.ECOSYSTEM.equals(range.type()) && inRange(range, v.get())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The record's PyPI entries for the package. */
  static List<OsvAffected> entriesFor(OsvRecord record, String canonicalName) {
    List<OsvAffected> out = new ArrayList<>(1);
    for (OsvAffected a : record.affected()) {
      if (a.isPypi() && CanonicalName.of(a.pkg().name()).equals(canonicalName)) {
        out.add(a);
      }
    }
    return out;
  }

  private boolean inVersions(OsvAffected a, String raw, Optional<Version> v) {
    String text = raw.trim();
    for (String listed : a.versions()) {
      if (listed.trim().equalsIgnoreCase(text)) {
        return true;
      }
      if (v.isPresent()) {
        Optional<Version> lv = version(listed);
        if (lv.isPresent() && (lv.get().equals(v.get()) || (v.get().isLocal() && lv.get().equals(v.get().publicVersion())))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The range's events with parsed bounds, or empty when a bound is not PEP 440. */
  Optional<List<Bound>> bounds(OsvRange range) {
    List<Bound> bounds = new ArrayList<>(range.events().size());
    for (OsvEvent e : range.events()) {
      if (e.kind() == OsvEvent.Kind.LIMIT && "*".equals(e.bound().trim())) {
        bounds.add(new Bound(e.kind(), null));
        continue;
      }
      Optional<Version> b = version(e.bound());
      if (b.isEmpty()) {
        return Optional.empty();
      }
      bounds.add(new Bound(e.kind(), b.get()));
    }
    return Optional.of(bounds);
  }

  /** An event with its parsed version (null for a limit of {@code *}, which is infinity). */
  record Bound(OsvEvent.Kind kind, Version version) {}

  boolean inRange(OsvRange range, Version v) {
    Optional<List<Bound>> parsedBounds = bounds(range);
    if (parsedBounds.isEmpty()) {
      return false;
    }
    List<Bound> events = parsedBounds.get();
    if (!belowSomeLimit(events, v)) {
      return false;
    }
    return inTimeline(events, v) || inPairs(events, v);
  }

  private static boolean belowSomeLimit(List<Bound> events, Version v) {
    boolean anyLimit = false;
    for (Bound b : events) {
      if (b.kind() == OsvEvent.Kind.LIMIT) {
        anyLimit = true;
        if (b.version() == null || v.compareTo(b.version()) < 0) {
          return true;
        }
      }
    }
    return !anyLimit;
  }

  /** The sorted-timeline reading: walk events in version order, switching on at introduced, off at fixed. */
  private static boolean inTimeline(List<Bound> events, Version v) {
    List<Bound> sorted = new ArrayList<>();
    for (Bound b : events) {
      if (b.kind() != OsvEvent.Kind.LIMIT) {
        sorted.add(b);
      }
    }
    // stable sort: events at the same version keep their kind order (introduced before fixed)
    sorted.sort(Comparator.comparing(Bound::version).thenComparing(Bound::kind));
    boolean affected = false;
    for (Bound b : sorted) {
      int c = v.compareTo(b.version());
      switch (b.kind()) {
        case INTRODUCED:
          if (c >= 0) {
            affected = true;
          }
          break;
        case FIXED:
          if (c >= 0) {
            affected = false;
          }
          break;
        case LAST_AFFECTED:
          if (c > 0) {
            affected = false;
          }
          break;
        default:
          break;
      }
    }
    return affected;
  }

  /** The pairwise reading: each introduced up to the next fixed / last_affected in file order. */
  private static boolean inPairs(List<Bound> events, Version v) {
    Bound start = null;
    for (Bound b : events) {
      switch (b.kind()) {
        case INTRODUCED:
          if (start == null) {
            start = b;
          }
          break;
        case FIXED:
          if (start != null && v.compareTo(start.version()) >= 0 && v.compareTo(b.version()) < 0) {
            return true;
          }
          start = null;
          break;
        case LAST_AFFECTED:
          if (start != null && v.compareTo(start.version()) >= 0 && v.compareTo(b.version()) <= 0) {
            return true;
          }
          start = null;
          break;
        default:
          break;
      }
    }
    return start != null && v.compareTo(start.version()) >= 0;
  }

  /** Every {@code fixed} bound of the record's ECOSYSTEM ranges for the package, as written. */
  static List<String> fixedBounds(OsvRecord record, String canonicalName) {
    List<String> out = new ArrayList<>();
    for (OsvAffected a : entriesFor(record, canonicalName)) {
      for (OsvRange range : a.ranges()) {
        if (OsvRange.ECOSYSTEM.equals(range.type())) {
          for (OsvEvent e : range.events()) {
            if (e.kind() == OsvEvent.Kind.FIXED) {
              out.add(e.bound().trim());
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * Versions worth trying when asking whether a range of allowed versions holds an affected one:
   * the listed versions and every introduced and last_affected bound.
   */
  static List<String> affectedCandidates(OsvRecord record, String canonicalName) {
    List<String> out = new ArrayList<>();
    for (OsvAffected a : entriesFor(record, canonicalName)) {
      out.addAll(a.versions());
      for (OsvRange range : a.ranges()) {
        if (OsvRange.ECOSYSTEM.equals(range.type())) {
          for (OsvEvent e : range.events()) {
            if (e.kind() == OsvEvent.Kind.INTRODUCED || e.kind() == OsvEvent.Kind.LAST_AFFECTED) {
              out.add(e.bound().trim());
            }
          }
        }
      }
    }
    return out;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
