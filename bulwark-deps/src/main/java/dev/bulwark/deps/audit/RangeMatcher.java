package dev.bulwark.deps.audit;

import dev.bulwark.deps.requirement.PackageName;
import dev.bulwark.deps.advisory.OsvAffected;
import dev.bulwark.deps.advisory.OsvEvent;
import dev.bulwark.deps.advisory.OsvRange;
import dev.bulwark.deps.advisory.OsvRecord;
import dev.bulwark.deps.version.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
  private final Map<String, List<Compiled>> compiled = new HashMap<>();

  Optional<Version> version(String text) {
    return parsed.computeIfAbsent(text, Version::tryParse);
  }

  /** Whether {@code rawVersion} of package {@code canonicalName} is affected by the record. */
  boolean affects(OsvRecord record, String canonicalName, String rawVersion) {
    Optional<Version> v = version(rawVersion);
    String text = lower(rawVersion.trim());
    for (Compiled c : compiled(record, canonicalName)) {
      if (c.texts().contains(text)) {
        return true;
      }
      if (v.isPresent()) {
        Version version = v.get();
        if (c.versions().contains(version) || (version.isLocal() && c.versions().contains(version.publicVersion()))) {
          return true;
        }
        for (List<Bound> range : c.ranges()) {
          if (inRange(range, version)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * One PyPI entry of a record, prepared for repeated questions: its listed versions as lower-case
   * text and as parsed versions (hash look-ups; Version hashes ignore trailing zeros), and its
   * ECOSYSTEM ranges that can be evaluated, with parsed bounds.
   */
  record Compiled(Set<String> texts, Set<Version> versions, List<List<Bound>> ranges) {}

  private List<Compiled> compiled(OsvRecord record, String canonicalName) {
    return compiled.computeIfAbsent(record.id() + '\0' + canonicalName, k -> {
      List<Compiled> out = new ArrayList<>(1);
      for (OsvAffected a : entriesFor(record, canonicalName)) {
        Set<String> texts = new HashSet<>();
        Set<Version> versions = new HashSet<>();
        for (String listed : a.versions()) {
          texts.add(lower(listed.trim()));
          version(listed).ifPresent(versions::add);
        }
        List<List<Bound>> ranges = new ArrayList<>();
        for (OsvRange range : a.ranges()) {
          if (OsvRange.ECOSYSTEM.equals(range.type())) {
            bounds(range).ifPresent(ranges::add);
          }
        }
        out.add(new Compiled(texts, versions, ranges));
      }
      return out;
    });
  }

  /** The record's PyPI entries for the package. */
  static List<OsvAffected> entriesFor(OsvRecord record, String canonicalName) {
    List<OsvAffected> out = new ArrayList<>(1);
    for (OsvAffected a : record.affected()) {
      if (a.isPypi() && PackageName.canonical(a.pkg().name()).equals(canonicalName)) {
        out.add(a);
      }
    }
    return out;
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

  static boolean inRange(List<Bound> events, Version v) {
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
    // at one version, introduced sorts before fixed, so an empty interval [X, X) stays empty; two
    // adjacent intervals (fixed X, introduced X) then read as a gap at X, which inPairs covers
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
