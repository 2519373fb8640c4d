package dev.bulwark.deps.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.deps.cvss.Severity;
import dev.bulwark.deps.manifest.Dependency;
import dev.bulwark.deps.manifest.SourceLocation;
import dev.bulwark.deps.requirement.MarkerEnvironment;
import dev.bulwark.deps.store.AdvisoryStore;
import dev.bulwark.deps.store.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matching and fix advice on the small fixtures of src/test/resources/osv. */
class AuditTest {

  @TempDir static Path tmp;
  private static AdvisoryStore store;

  @BeforeAll
  static void buildStore() throws Exception {
    store = AdvisoryStore.open(Fixtures.fixtureStore(tmp));
  }

  static Dependency pinned(String name, String version) {
    return new Dependency(name, Optional.of(version), "==" + version, Optional.empty(), Dependency.MAIN_SCOPE,
        new SourceLocation(Path.of("requirements.txt"), 1));
  }

  static Dependency unpinned(String name, String specifier) {
    return new Dependency(name, Optional.empty(), specifier, Optional.empty(), Dependency.MAIN_SCOPE,
        new SourceLocation(Path.of("requirements.txt"), 2));
  }

  private static PackageResult audit(Dependency d) throws Exception {
    return Audit.run(List.of(d), store, MarkerFilter.ALL_ENVIRONMENTS).packages().get(0);
  }

  @Test
  void outOfOrderIntervalsAreSortedAndTheWithdrawnRecordIsSkipped() throws Exception {
    PackageResult r = audit(pinned("Demo_Pkg", "3.10.0"));
    assertThat(r.status()).isEqualTo(PackageStatus.PINNED);
    assertThat(r.findings()).hasSize(1);
    Finding f = r.findings().get(0);
    assertThat(f.id()).isEqualTo("PYSEC-0000-1");
    assertThat(f.advisories()).containsExactly("PYSEC-0000-1");
    assertThat(f.aliases()).containsExactly("PYSEC-0000-1", "GHSA-0000-0000-0001", "CVE-0000-1001");
    assertThat(f.fixedIn()).containsExactly("3.8.1", "3.19.1", "3.23.1");
    assertThat(f.minimalFix()).contains("3.19.1");
    assertThat(f.severity().severity()).isEqualTo(Severity.UNKNOWN);
    assertThat(r.recommended()).contains("3.19.1");
    assertThat(f.isKnownAs("cve-0000-1001")).isTrue();
  }

  @Test
  void aliasesOfOneVulnerabilityAreOneFinding() throws Exception {
    PackageResult r = audit(pinned("demo-pkg", "3.0"));
    assertThat(r.findings()).hasSize(1);
    Finding f = r.findings().get(0);
    assertThat(f.id()).isEqualTo("PYSEC-0000-1");
    assertThat(f.advisories()).containsExactly("PYSEC-0000-1", "GHSA-0000-0000-0001");
    assertThat(f.severity().severity()).isEqualTo(Severity.CRITICAL);
    assertThat(f.severity().score().orElseThrow().baseScore()).isEqualTo(9.8);
    assertThat(f.minimalFix()).contains("3.8.1");
    assertThat(f.summary()).isEqualTo("Demo flaw with intervals listed out of order");
  }

  @Test
  void fixedBoundsAreExclusiveAndGapsAreNotAffected() throws Exception {
    for (String safe : new String[] {"3.8.1", "3.9.0a1", "3.19.1", "3.19.5", "3.23.1", "4.0"}) {
      assertThat(audit(pinned("demo-pkg", safe)).findings()).as(safe).isEmpty();
    }
    for (String hit : new String[] {"0.1", "3.8.0", "3.9.0", "3.19.0", "3.20.0", "3.23.0", "3.23.1.dev1", "3.8.0+local"}) {
      assertThat(audit(pinned("demo-pkg", hit)).findings()).as(hit).hasSize(1);
    }
  }

  @Test
  void lastAffectedIsInclusiveAndLegacyVersionsMatchByText() throws Exception {
    assertThat(audit(pinned("other.pkg", "1.11.0")).findings()).extracting(Finding::id).containsExactly("PYSEC-0000-3");
    assertThat(audit(pinned("other.pkg", "1.11.0.post1")).findings()).isEmpty();
    PackageResult legacy = audit(pinned("OTHER_PKG", "0.1-BULBASAUR"));
    assertThat(legacy.findings()).extracting(Finding::id).containsExactly("PYSEC-0000-3");
    assertThat(legacy.note()).contains("not PEP 440");
    assertThat(legacy.findings().get(0).severity().severity()).isEqualTo(Severity.LOW);
    assertThat(legacy.recommended()).isEmpty(); // no fix is known
    assertThat(audit(pinned("other-pkg", "0.2-bulbasaur")).findings()).isEmpty();
  }

  @Test
  void unpinnedRequirementsGetPotentialFindings() throws Exception {
    PackageResult open = audit(unpinned("demo-pkg", ">=3.0"));
    assertThat(open.status()).isEqualTo(PackageStatus.UNPINNED);
    assertThat(open.findings()).singleElement().satisfies(f -> {
      assertThat(f.potential()).isTrue();
      assertThat(f.minimalFix()).isEmpty();
    });
    assertThat(open.recommended()).contains("3.23.1");
    assertThat(audit(unpinned("demo-pkg", ">=3.23.1")).findings()).isEmpty();
    assertThat(audit(unpinned("demo-pkg", "")).findings()).hasSize(1);
    assertThat(audit(unpinned("unknown-pkg", "")).findings()).isEmpty();
  }

  @Test
  void markersAreEvaluatedInTheTargetEnvironment() throws Exception {
    Dependency windowsOnly = new Dependency("demo-pkg", Optional.of("3.0"), "==3.0",
        Optional.of("sys_platform == 'win32' and python_version >= '3.8'"), "main", new SourceLocation(Path.of("r.txt"), 3));
    Dependency broken = new Dependency("demo-pkg", Optional.of("3.0"), "==3.0",
        Optional.of("sys_platform =="), "main", new SourceLocation(Path.of("r.txt"), 4));
    AuditResult linux = Audit.run(List.of(windowsOnly, broken), store, MarkerEnvironment.of("3.12", "linux"));
    assertThat(linux.packages()).extracting(PackageResult::status)
        .containsExactly(PackageStatus.NOT_APPLICABLE, PackageStatus.PINNED);
    assertThat(linux.packages().get(1).note()).contains("marker could not be evaluated");
    AuditResult windows = Audit.run(List.of(windowsOnly), store, MarkerEnvironment.of("3.12", "win32"));
    assertThat(windows.packages().get(0).findings()).hasSize(1);
  }

  @Test
  void markersAndBadSpecifiersAreReportedNotDropped() throws Exception {
    Dependency windowsOnly = new Dependency("demo-pkg", Optional.of("3.0"), "==3.0",
        Optional.of("sys_platform == 'win32'"), "main", new SourceLocation(Path.of("r.txt"), 3));
    PackageResult na = Audit.run(List.of(windowsOnly), store, m -> MarkerFilter.Verdict.NOT_APPLICABLE).packages().get(0);
    assertThat(na.status()).isEqualTo(PackageStatus.NOT_APPLICABLE);
    assertThat(na.findings()).isEmpty();
    PackageResult unknown = Audit.run(List.of(windowsOnly), store, m -> MarkerFilter.Verdict.UNKNOWN).packages().get(0);
    assertThat(unknown.findings()).hasSize(1);
    assertThat(unknown.note()).contains("marker could not be evaluated");
    PackageResult bad = audit(unpinned("demo-pkg", ">=>1"));
    assertThat(bad.status()).isEqualTo(PackageStatus.UNCHECKED);
    assertThat(bad.note()).contains("not PEP 440");
  }
}
