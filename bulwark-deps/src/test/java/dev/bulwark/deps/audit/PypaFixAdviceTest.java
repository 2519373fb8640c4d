package dev.bulwark.deps.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.deps.store.AdvisoryStore;
import dev.bulwark.deps.store.Fixtures;
import dev.bulwark.deps.store.StoreImporter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fix advice on the PyPA snapshot, for the cases pep440-facts §8.10 names. Expected values were
 * read off the records: twisted's fixes are 23.10.0rc1 (PYSEC-2023-224) and 24.7.0rc1
 * (PYSEC-2024-75); beaker's PYSEC-2012-1 is fixed in 1.6.5.post1 but PYSEC-2020-216 has no fix;
 * py's PYSEC-2022-42969 has only last_affected 1.11.0; label-studio is fixed in 1.5.0.post0.
 */
class PypaFixAdviceTest {

  @TempDir static Path tmp;
  private static AdvisoryStore store;

  @BeforeAll
  static void importSnapshot() throws Exception {
    Optional<Path> zip = Fixtures.shared("pypa-advisory-db-osv-json.zip");
    assumeTrue(zip.isPresent(), "shared/data is not next to the repository");
    new StoreImporter(Fixtures.CLOCK).importInput(zip.get(), tmp.resolve("db"));
    store = AdvisoryStore.open(tmp.resolve("db"));
  }

  private static PackageResult audit(String name, String version) throws Exception {
    return Audit.run(List.of(AuditTest.pinned(name, version)), store, MarkerFilter.ALL_ENVIRONMENTS).packages().get(0);
  }

  @Test
  void preReleaseFixBoundsRecommendTheFinalRelease() throws Exception {
    PackageResult r = audit("Twisted", "22.4.0");
    assertThat(r.findings()).extracting(Finding::id).containsExactly("PYSEC-2023-224", "PYSEC-2024-75");
    assertThat(r.findings()).extracting(f -> f.minimalFix().orElse("")).containsExactly("23.10.0rc1", "24.7.0rc1");
    assertThat(r.findings().get(1).aliases()).contains("CVE-2024-41810", "GHSA-cf56-g6w6-pqq2");
    assertThat(r.recommended()).contains("24.7.0");
  }

  @Test
  void aFixThatAnotherAdvisoryStillHitsIsNotRecommended() throws Exception {
    PackageResult beaker = audit("beaker", "1.6.5");
    assertThat(beaker.findings()).extracting(Finding::id).containsExactly("PYSEC-2012-1", "PYSEC-2020-216");
    assertThat(beaker.findings().get(0).minimalFix()).contains("1.6.5.post1");
    assertThat(beaker.findings().get(1).minimalFix()).isEmpty();
    assertThat(beaker.recommended()).isEmpty();

    PackageResult py = audit("py", "1.9.0");
    assertThat(py.findings()).extracting(Finding::id).containsExactly("PYSEC-2020-92", "PYSEC-2022-42969");
    assertThat(py.findings().get(0).minimalFix()).contains("1.10.0");
    assertThat(py.recommended()).isEmpty();
  }

  @Test
  void aPostReleaseFixIsAFinalRelease() throws Exception {
    PackageResult r = audit("label_studio", "1.5.0");
    assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.minimalFix()).contains("1.5.0.post0"));
    assertThat(r.recommended()).contains("1.5.0.post0");
    assertThat(audit("label-studio", "1.5.0.post0").findings()).isEmpty();
  }

  @Test
  void unpinnedRangesGetOnlyTheAdvisoriesTheyAdmit() throws Exception {
    PackageResult r = Audit.run(List.of(AuditTest.unpinned("twisted", ">=23.10.0")), store,
        MarkerFilter.ALL_ENVIRONMENTS).packages().get(0);
    assertThat(r.status()).isEqualTo(PackageStatus.UNPINNED);
    assertThat(r.findings()).extracting(Finding::id).containsExactly("PYSEC-2024-75");
    assertThat(r.findings()).allSatisfy(f -> assertThat(f.potential()).isTrue());
    assertThat(r.recommended()).contains("24.7.0");
    PackageResult none = Audit.run(List.of(AuditTest.unpinned("twisted", ">=24.7.0")), store,
        MarkerFilter.ALL_ENVIRONMENTS).packages().get(0);
    assertThat(none.findings()).isEmpty();
  }
}
