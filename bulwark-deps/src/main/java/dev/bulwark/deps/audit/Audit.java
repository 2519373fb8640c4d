package dev.bulwark.deps.audit;

import dev.bulwark.deps.requirement.PackageName;
import dev.bulwark.deps.advisory.OsvRecord;
import dev.bulwark.deps.advisory.OsvReference;
import dev.bulwark.deps.cvss.SeverityRating;
import dev.bulwark.deps.manifest.Dependency;
import dev.bulwark.deps.requirement.MarkerEnvironment;
import dev.bulwark.deps.store.AdvisoryStore;
import dev.bulwark.deps.store.AliasGroups;
import dev.bulwark.deps.store.StoreException;
import dev.bulwark.deps.version.Specifier;
import dev.bulwark.deps.version.SpecifierSet;
import dev.bulwark.deps.version.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Matches dependencies against an advisory store (design notes §3): withdrawn records are skipped,
 * matching records are grouped by alias closure into one {@link Finding} each, and fix advice is
 * computed from the fix bounds of every advisory of the package.
 */
public final class Audit {

  private final AdvisoryStore store;
  private final MarkerFilter markers;
  private final RangeMatcher matcher = new RangeMatcher();

  private Audit(AdvisoryStore store, MarkerFilter markers) {
    this.store = store;
    this.markers = markers;
  }

  /** Audits the dependencies for one target environment (markers evaluated in it). */
  public static AuditResult run(List<Dependency> dependencies, AdvisoryStore store, MarkerEnvironment environment)
      throws StoreException {
    return run(dependencies, store, MarkerFilter.of(environment));
  }

  /** Audits the dependencies, in order; fails only when the store is damaged. */
  public static AuditResult run(List<Dependency> dependencies, AdvisoryStore store, MarkerFilter markers)
      throws StoreException {
    Audit audit = new Audit(store, markers);
    List<PackageResult> results = new ArrayList<>(dependencies.size());
    for (Dependency d : dependencies) {
      results.add(audit.check(d));
    }
    return new AuditResult(results, store.meta());
  }

  private PackageResult check(Dependency d) throws StoreException {
    String name = PackageName.canonical(d.name());
    String note = "";
    if (d.marker().isPresent() && !d.marker().get().isBlank()) {
      MarkerFilter.Verdict verdict = markers.test(d.marker().get());
      if (verdict == MarkerFilter.Verdict.NOT_APPLICABLE) {
        return new PackageResult(d, name, PackageStatus.NOT_APPLICABLE, "marker is false for the target environment: "
            + d.marker().get(), List.of(), Optional.empty());
      }
      if (verdict == MarkerFilter.Verdict.UNKNOWN) {
        note = "marker could not be evaluated, audited anyway: " + d.marker().get();
      }
    }
    List<OsvRecord> live = new ArrayList<>();
    for (OsvRecord r : store.advisoriesFor(name)) {
      if (!r.isRetracted()) {
        live.add(r);
      }
    }
    if (d.version().isPresent()) {
      String version = d.version().get().trim();
      List<OsvRecord> hits = new ArrayList<>();
      for (OsvRecord r : live) {
        if (matcher.affects(r, name, version)) {
          hits.add(r);
        }
      }
      Optional<Version> current = matcher.version(version);
      if (current.isEmpty() && !hits.isEmpty()) {
        note = join(note, "version '" + version + "' is not PEP 440: matched by exact text against listed versions only");
      }
      List<Finding> findings = group(hits, name, current, false);
      Optional<String> recommended = findings.isEmpty() ? Optional.empty() : recommend(live, name, current, List.of());
      return new PackageResult(d, name, PackageStatus.PINNED, note, findings, recommended);
    }
    Optional<SpecifierSet> spec = d.specifier().isBlank() ? Optional.of(SpecifierSet.any())
        : SpecifierSet.tryParse(d.specifier());
    if (spec.isEmpty()) {
      return new PackageResult(d, name, PackageStatus.UNCHECKED,
          join(note, "version specifier '" + d.specifier() + "' is not PEP 440"), List.of(), Optional.empty());
    }
    List<OsvRecord> hits = new ArrayList<>();
    List<String> affectedAllowed = new ArrayList<>();
    for (OsvRecord r : live) {
      Optional<String> allowed = allowedAffectedVersion(r, name, spec.get());
      if (allowed.isPresent()) {
        hits.add(r);
        affectedAllowed.add(allowed.get());
      }
    }
    List<Finding> findings = group(hits, name, Optional.empty(), true);
    Optional<String> recommended = findings.isEmpty() ? Optional.empty()
        : recommend(live, name, Optional.empty(), affectedVersionsOf(live, name));
    return new PackageResult(d, name, PackageStatus.UNPINNED, note, findings, recommended);
  }

  /**
   * A version the specifier allows (default pre-release policy) that the record affects, if one is
   * found among the record's listed versions, its introduced / last_affected bounds and the
   * specifier's own bounds. Without a list of the package's releases this is the best evidence there is.
   */
  private Optional<String> allowedAffectedVersion(OsvRecord r, String name, SpecifierSet spec) {
    Set<String> candidates = new LinkedHashSet<>(RangeMatcher.affectedCandidates(r, name));
    for (Specifier s : spec.specifiers()) {
      candidates.add(s.versionText());
    }
    for (String c : candidates) {
      if (spec.containsRawText(c, false) && matcher.affects(r, name, c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private List<String> affectedVersionsOf(List<OsvRecord> records, String name) {
    List<String> out = new ArrayList<>();
    for (OsvRecord r : records) {
      for (String c : RangeMatcher.affectedCandidates(r, name)) {
        if (matcher.affects(r, name, c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** One finding per alias group of the matching records. */
  private List<Finding> group(List<OsvRecord> hits, String name, Optional<Version> current, boolean potential) {
    Map<String, List<OsvRecord>> byGroup = new TreeMap<>();
    for (OsvRecord r : hits) {
      byGroup.computeIfAbsent(store.groupOf(r.id()), k -> new ArrayList<>()).add(r);
    }
    List<Finding> findings = new ArrayList<>();
    for (List<OsvRecord> records : byGroup.values()) {
      records.sort(Comparator.comparing(OsvRecord::id, AliasGroups.PREFERENCE));
      OsvRecord lead = records.get(0);
      List<String> advisories = records.stream().map(OsvRecord::id).toList();
      List<String> aliases = new ArrayList<>();
      aliases.add(lead.id());
      for (OsvRecord r : records) {
        for (String a : store.groupMembers(r.id())) {
          if (!aliases.contains(a)) {
            aliases.add(a);
          }
        }
        for (String a : r.aliases()) {
          if (!aliases.contains(a)) {
            aliases.add(a);
          }
        }
      }
      SeverityRating severity = SeverityRating.UNKNOWN;
      Set<String> fixed = new LinkedHashSet<>();
      Map<String, OsvReference> references = new LinkedHashMap<>();
      for (OsvRecord r : records) {
        severity = severity.max(SeverityRating.of(r.severity()));
        fixed.addAll(RangeMatcher.fixedBounds(r, name));
        r.references().forEach(ref -> references.putIfAbsent(ref.url(), ref));
      }
      List<String> fixedIn = sortVersions(fixed);
      Optional<String> minimal = Optional.empty();
      if (!potential && current.isPresent()) {
        minimal = fixedIn.stream()
            .filter(f -> matcher.version(f).map(v -> v.compareTo(current.get()) > 0).orElse(false))
            .filter(f -> records.stream().noneMatch(r -> matcher.affects(r, name, f)))
            .findFirst();
      }
      findings.add(new Finding(lead.id(), advisories, aliases, potential, summary(records), severity, fixedIn,
          minimal, List.copyOf(references.values())));
    }
    findings.sort(Comparator.comparing(Finding::id, AliasGroups.PREFERENCE));
    return findings;
  }

  /**
   * The smallest fix bound (or the final release of a pre-release bound) above the current version
   * and above every known affected version (for unpinned requirements) that no live advisory of
   * the package affects; a final release when one qualifies.
   */
  private Optional<String> recommend(List<OsvRecord> live, String name, Optional<Version> current, List<String> mustExceed) {
    Map<Version, String> candidates = new TreeMap<>();
    for (OsvRecord r : live) {
      for (String f : RangeMatcher.fixedBounds(r, name)) {
        Optional<Version> v = matcher.version(f);
        if (v.isEmpty()) {
          continue;
        }
        candidates.putIfAbsent(v.get(), f);
        if (v.get().isPrerelease()) {
          candidates.putIfAbsent(v.get().baseVersion(), v.get().baseVersion().toString());
        }
      }
    }
    Version floor = current.orElse(null);
    for (String a : mustExceed) {
      Optional<Version> v = matcher.version(a);
      if (v.isPresent() && (floor == null || v.get().compareTo(floor) > 0)) {
        floor = v.get();
      }
    }
    String firstAny = null;
    for (Map.Entry<Version, String> c : candidates.entrySet()) {
      if (floor != null && c.getKey().compareTo(floor) <= 0) {
        continue;
      }
      String text = c.getValue();
      if (live.stream().anyMatch(r -> matcher.affects(r, name, text))) {
        continue;
      }
      if (!c.getKey().isPrerelease()) {
        return Optional.of(text);
      }
      if (firstAny == null) {
        firstAny = text;
      }
    }
    return Optional.ofNullable(firstAny);
  }

  private List<String> sortVersions(Set<String> texts) {
    List<String> parsed = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (String t : texts) {
      (matcher.version(t).isPresent() ? parsed : other).add(t);
    }
    parsed.sort(Comparator.comparing(t -> matcher.version(t).orElseThrow()));
    other.sort(Comparator.naturalOrder());
    parsed.addAll(other);
    return parsed;
  }

  private static String summary(List<OsvRecord> records) {
    for (OsvRecord r : records) {
      if (r.summary() != null && !r.summary().isBlank()) {
        return r.summary().trim();
      }
    }
    for (OsvRecord r : records) {
      if (r.details() != null && !r.details().isBlank()) {
        String first = r.details().trim().lines().findFirst().orElse("");
        return first.length() > 160 ? first.substring(0, 157) + "..." : first;
      }
    }
    return "";
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : a + "; " + b;
  }
}
