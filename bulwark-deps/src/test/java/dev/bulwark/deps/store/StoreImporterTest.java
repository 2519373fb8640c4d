package dev.bulwark.deps.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.deps.advisory.OsvRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreImporterTest {

  @TempDir Path tmp;

  private final StoreImporter importer = new StoreImporter(Fixtures.CLOCK);

  @Test
  void importsTheValidRecordsOfADirectoryAndReportsEachBadOne() throws Exception {
    Path store = tmp.resolve("db");
    ImportResult result = importer.importInput(Fixtures.osvDir(), store);

    assertThat(result.problems()).extracting(ImportProblem::where)
        .anySatisfy(w -> assertThat(w).endsWith("PYSEC-0000-4.json"))
        .anySatisfy(w -> assertThat(w).endsWith("PYSEC-0000-5.json"))
        .hasSize(2);
    assertThat(result.problems()).extracting(ImportProblem::message)
        .anySatisfy(m -> assertThat(m).contains("PYSEC-0000-4").contains("no 'introduced' event"))
        .anySatisfy(m -> assertThat(m).startsWith("invalid JSON"));
    StoreMeta meta = result.meta();
    assertThat(meta.records()).isEqualTo(4);
    assertThat(meta.withdrawn()).isEqualTo(1);
    assertThat(meta.packages()).isEqualTo(2);
    assertThat(meta.rejected()).isEqualTo(2);
    assertThat(meta.newestModified()).isEqualTo("2024-03-01T00:00:00Z");
    assertThat(meta.importedAt()).isEqualTo("2026-01-02T03:04:05Z");
    assertThat(meta.dataAge(Fixtures.CLOCK.instant()).orElseThrow().toDays()).isEqualTo(672);
    assertThat(meta.sourceKind()).isEqualTo("directory");

    AdvisoryStore opened = AdvisoryStore.open(store);
    assertThat(opened.idsFor("DEMO.pkg")).containsExactly("GHSA-0000-0000-0001", "PYSEC-0000-1", "PYSEC-0000-2");
    assertThat(opened.idsFor("other_pkg")).containsExactly("PYSEC-0000-3");
    assertThat(opened.groupOf("GHSA-0000-0000-0001")).isEqualTo("PYSEC-0000-1");
    assertThat(opened.groupMembers("CVE-0000-1001"))
        .containsExactly("PYSEC-0000-1", "GHSA-0000-0000-0001", "CVE-0000-1001");
    OsvRecord first = opened.record("PYSEC-0000-1").orElseThrow();
    assertThat(first.affected().get(0).ranges()).hasSize(2);
    assertThat(first.modified()).isEqualTo("2024-01-02T03:04:05.123456Z");
  }

  @Test
  void aZipAndADirectoryOfTheSameRecordsGiveTheSameStore() throws Exception {
    Path fromDir = tmp.resolve("a");
    Path fromZip = tmp.resolve("b");
    importer.importInput(Fixtures.osvDir(), fromDir);
    ImportResult zipped = importer.importInput(Fixtures.osvZip(tmp), fromZip);
    assertThat(zipped.meta().sourceKind()).isEqualTo("osv-zip");
    assertThat(zipped.problems()).hasSize(2);
    assertSameData(fromDir, fromZip);
  }

  @Test
  void yamlKeepsTimestampsAndVersionsAsWritten() throws Exception {
    Path store = tmp.resolve("db");
    ImportResult result = importer.importInput(Fixtures.pypaDir(), store);
    assertThat(result.problems()).isEmpty();
    OsvRecord r = AdvisoryStore.open(store).record("PYSEC-0000-6").orElseThrow();
    assertThat(r.modified()).isEqualTo("2023-11-07T20:24:23.946863Z");
    assertThat(r.published()).isEqualTo("2023-11-01 10:00:00");
    assertThat(r.affected().get(0).ranges().get(0).events().get(0).introduced()).isEqualTo("1.10");
    assertThat(r.affected().get(0).versions()).containsExactly("1.10", "1.11.0");
  }

  @Test
  void aSingleJsonRecordIsAnInput() throws Exception {
    Path store = tmp.resolve("db");
    ImportResult result = importer.importInput(Fixtures.osvDir().resolve("PYSEC-0000-3.json"), store);
    assertThat(result.meta().records()).isEqualTo(1);
    assertThat(result.meta().sourceKind()).isEqualTo("json");
  }

  @Test
  void aCorruptZipFailsAndLeavesTheStoreAsItWas() throws Exception {
    Path store = Fixtures.fixtureStore(tmp);
    byte[] before = Files.readAllBytes(store.resolve("meta.json"));
    Path bad = tmp.resolve("broken.zip");
    Fixtures.writeBytes(bad, "PK\u0003\u0004 this is not really a zip archive".getBytes());
    assertThatThrownBy(() -> importer.importInput(bad, store))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("broken.zip: not a readable zip archive");
    assertThat(Files.readAllBytes(store.resolve("meta.json"))).isEqualTo(before);
    assertThat(siblings(store)).containsExactly("broken.zip", "db");
  }

  @Test
  void aDamagedEntryOfAZipIsOneProblemAndTheRestImports() throws Exception {
    byte[] zip = Files.readAllBytes(Fixtures.osvZip(tmp));
    // the local header of the first entry (GHSA-0000-0000-0001.json, sorted first) is 30 bytes plus
    // its name; garble the deflated data just after it
    int data = 30 + "GHSA-0000-0000-0001.json".length();
    for (int i = data + 5; i < data + 40; i++) {
      zip[i] ^= 0x5a;
    }
    Path damaged = tmp.resolve("damaged.zip");
    Fixtures.writeBytes(damaged, zip);
    ImportResult result = importer.importInput(damaged, tmp.resolve("db"));
    assertThat(result.problems()).filteredOn(p -> p.where().equals("damaged.zip!GHSA-0000-0000-0001.json"))
        .singleElement().satisfies(p -> assertThat(p.message()).startsWith("unreadable entry: "));
    assertThat(result.meta().records()).isEqualTo(3);
  }

  @Test
  void aTarballOfThePypaLayoutImports() throws Exception {
    Path tarball = tmp.resolve("advisory-database.tar.gz");
    try (var out = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(
        new org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream(Files.newOutputStream(tarball)))) {
      byte[] yaml = Files.readAllBytes(Fixtures.pypaDir().resolve("vulns/other-pkg/PYSEC-0000-6.yaml"));
      for (String name : List.of("advisory-database-main/vulns/other-pkg/PYSEC-0000-6.yaml",
          "advisory-database-main/triage/ignored.yaml", "advisory-database-main/vulns/.id-allocator")) {
        var entry = new org.apache.commons.compress.archivers.tar.TarArchiveEntry(name);
        entry.setSize(yaml.length);
        out.putArchiveEntry(entry);
        out.write(yaml);
        out.closeArchiveEntry();
      }
    }
    ImportResult result = importer.importInput(tarball, tmp.resolve("db"));
    assertThat(result.problems()).isEmpty();
    assertThat(result.meta().sourceKind()).isEqualTo("pypa-tarball");
    assertThat(AdvisoryStore.open(tmp.resolve("db")).allIds()).containsExactly("PYSEC-0000-6");
  }

  @Test
  void aTruncatedTarballFails() throws Exception {
    Path bad = tmp.resolve("cut.tar.gz");
    Fixtures.writeBytes(bad, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
    assertThatThrownBy(() -> importer.importInput(bad, tmp.resolve("db")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cut.tar.gz: not a readable .tar.gz archive");
    assertThat(Files.exists(tmp.resolve("db"))).isFalse();
  }

  @Test
  void anInputWithoutAnyValidRecordChangesNothing() throws Exception {
    Path dir = tmp.resolve("in");
    Fixtures.write(dir.resolve("x.json"), "{\"id\": \"X-1\"}");
    assertThatThrownBy(() -> importer.importInput(dir, tmp.resolve("db")))
        .isInstanceOf(StoreException.class).hasMessageContaining("no valid advisory found");
    assertThat(Files.exists(tmp.resolve("db"))).isFalse();
  }

  @Test
  void reimportingReplacesTheStoreWhole() throws Exception {
    Path store = Fixtures.fixtureStore(tmp);
    importer.importInput(Fixtures.pypaDir(), store);
    AdvisoryStore opened = AdvisoryStore.open(store);
    assertThat(opened.allIds()).containsExactly("PYSEC-0000-6");
    assertThat(opened.idsFor("demo-pkg")).isEmpty();
    assertThat(siblings(store)).containsExactly("db");
  }

  @Test
  void theSharedTarballAndZipGiveTheSameStore() throws Exception {
    Optional<Path> zip = Fixtures.shared("pypa-advisory-db-osv-json.zip");
    Optional<Path> tarball = Fixtures.shared("pypa-advisory-db.tar.gz");
    assumeTrue(zip.isPresent() && tarball.isPresent(), "shared/data is not next to the repository");
    ImportResult a = importer.importInput(zip.get(), tmp.resolve("a"));
    ImportResult b = importer.importInput(tarball.get(), tmp.resolve("b"));
    for (ImportResult r : List.of(a, b)) {
      assertThat(r.problems()).isEmpty();
      assertThat(r.meta().records()).isEqualTo(2661);
      assertThat(r.meta().withdrawn()).isEqualTo(10);
      assertThat(r.meta().packages()).isEqualTo(664);
    }
    assertThat(a.meta().sha256()).isEqualTo("61239ebae21acc03044f60d785bfa81a0faaacbd65bcae9a90553fa1e9842365");
    assertThat(b.meta().sha256()).isEqualTo("1223ced0ad1ca21b201f183ae6aeb731195c662a3bbb923785652ba51d5b7840");
    assertSameData(tmp.resolve("a"), tmp.resolve("b"));
  }

  private static void assertSameData(Path a, Path b) throws Exception {
    for (String file : List.of("index.json", "aliases.json")) {
      assertThat(Files.readString(b.resolve(file))).as(file).isEqualTo(Files.readString(a.resolve(file)));
    }
    List<String> ids = AdvisoryStore.open(a).allIds();
    assertThat(AdvisoryStore.open(b).allIds()).isEqualTo(ids);
    for (String id : ids) {
      Path rel = Path.of("records", id + ".json");
      assertThat(Files.readAllBytes(b.resolve(rel))).as(id).isEqualTo(Files.readAllBytes(a.resolve(rel)));
    }
  }

  private static List<String> siblings(Path store) throws Exception {
    try (Stream<Path> s = Files.list(store.getParent())) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
