package dev.bulwark.deps.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreUpdaterTest {

  @TempDir Path tmp;
  private FakeOsvServer server;
  private byte[] zip;

  @BeforeEach
  void serveTheFixtures() throws Exception {
    server = new FakeOsvServer();
    zip = Files.readAllBytes(Fixtures.osvZip(tmp));
    server.put("/PyPI/all.zip", zip);
    server.put("/PyPI/modified_id.csv", csv("2024-03-01T00:00:00Z,PYSEC-0000-2", "2024-02-01T00:00:00Z,GHSA-0000-0000-0001"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private StoreUpdater updater(URI base) {
    return new StoreUpdater(StoreUpdater.defaultClient(), base, Fixtures.CLOCK);
  }

  private static byte[] csv(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void firstUpdateDownloadsTheZipWithProgress() throws Exception {
    Path store = tmp.resolve("db");
    List<long[]> progress = new ArrayList<>();
    StoreUpdater.UpdateResult r = updater(server.base()).update(store, false, (done, total) -> progress.add(new long[] {done, total}));
    assertThat(r.mode()).isEqualTo(StoreUpdater.Mode.FULL);
    assertThat(r.imported().meta().records()).isEqualTo(4);
    assertThat(r.imported().meta().sourceKind()).isEqualTo("osv-update");
    assertThat(r.imported().meta().source()).isEqualTo(server.base() + "PyPI/all.zip");
    assertThat(r.imported().meta().fetchedAt()).isEqualTo("2026-01-02T03:04:05Z");
    assertThat(r.imported().problems()).hasSize(2); // the two broken fixtures
    assertThat(progress).isNotEmpty();
    assertThat(progress.get(progress.size() - 1)).containsExactly(zip.length, zip.length);
    assertThat(server.requests()).containsExactly("/PyPI/all.zip");
    assertThat(AdvisoryStore.open(store).idsFor("demo-pkg")).hasSize(3);
  }

  @Test
  void laterUpdatesFetchOnlyTheChangedRecords() throws Exception {
    Path store = tmp.resolve("db");
    updater(server.base()).update(store, false, StoreUpdater.Progress.NONE);
    server.clearRequests();
    server.put("/PyPI/modified_id.csv", csv("2025-01-01T00:00:00Z,PYSEC-0000-9", "2024-03-01T00:00:00Z,PYSEC-0000-2"));
    server.put("/PyPI/PYSEC-0000-9.json", ("{\"id\": \"PYSEC-0000-9\", \"modified\": \"2025-01-01T00:00:00Z\","
        + " \"affected\": [{\"package\": {\"ecosystem\": \"PyPI\", \"name\": \"new-pkg\"},"
        + " \"ranges\": [{\"type\": \"ECOSYSTEM\", \"events\": [{\"introduced\": \"0\"}, {\"fixed\": \"2\"}]}]}]}")
        .getBytes(StandardCharsets.UTF_8));

    StoreUpdater.UpdateResult r = updater(server.base()).update(store, false, StoreUpdater.Progress.NONE);
    assertThat(r.mode()).isEqualTo(StoreUpdater.Mode.INCREMENTAL);
    assertThat(r.fetched()).isEqualTo(1);
    assertThat(server.requests()).containsExactly("/PyPI/modified_id.csv", "/PyPI/PYSEC-0000-9.json");
    AdvisoryStore opened = AdvisoryStore.open(store);
    assertThat(opened.meta().records()).isEqualTo(5);
    assertThat(opened.meta().newestModified()).isEqualTo("2025-01-01T00:00:00Z");
    assertThat(opened.idsFor("new-pkg")).containsExactly("PYSEC-0000-9");

    server.clearRequests();
    StoreUpdater.UpdateResult again = updater(server.base()).update(store, false, StoreUpdater.Progress.NONE);
    assertThat(again.mode()).isEqualTo(StoreUpdater.Mode.UP_TO_DATE);
    assertThat(server.requests()).containsExactly("/PyPI/modified_id.csv");
  }

  @Test
  void aServerErrorLeavesTheStoreIntact() throws Exception {
    Path store = Fixtures.fixtureStore(tmp);
    byte[] meta = Files.readAllBytes(store.resolve("meta.json"));
    server.put("/PyPI/all.zip", new FakeOsvServer.Reply(503, new byte[0], Map.of()));
    assertThatThrownBy(() -> updater(server.base()).update(store, false, StoreUpdater.Progress.NONE))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("PyPI/all.zip: HTTP 503; the store was not changed");
    assertThat(Files.readAllBytes(store.resolve("meta.json"))).isEqualTo(meta);
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("db", "fixtures.zip");
    }
  }

  @Test
  void noServerIsAClearError() throws Exception {
    URI base = server.base();
    server.close();
    assertThatThrownBy(() -> updater(base).update(tmp.resolve("db"), false, StoreUpdater.Progress.NONE))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot download " + base + "PyPI/all.zip: cannot connect to");
    assertThat(Files.exists(tmp.resolve("db"))).isFalse();
  }

  @Test
  void aDownloadWhoseChecksumDiffersIsRejected() throws Exception {
    byte[] otherMd5 = MessageDigest.getInstance("MD5").digest("something else".getBytes(StandardCharsets.UTF_8));
    server.put("/PyPI/all.zip", new FakeOsvServer.Reply(200, zip,
        Map.of("x-goog-hash", "crc32c=AAAAAA==,md5=" + Base64.getEncoder().encodeToString(otherMd5))));
    assertThatThrownBy(() -> updater(server.base()).update(tmp.resolve("db"), false, StoreUpdater.Progress.NONE))
        .isInstanceOf(StoreException.class).hasMessageContaining("MD5 does not match");

    byte[] rightMd5 = MessageDigest.getInstance("MD5").digest(zip);
    server.put("/PyPI/all.zip", new FakeOsvServer.Reply(200, zip,
        Map.of("x-goog-hash", "crc32c=AAAAAA==,md5=" + Base64.getEncoder().encodeToString(rightMd5), "ETag", "\"v1\"")));
    StoreMeta meta = updater(server.base()).update(tmp.resolve("db"), false, StoreUpdater.Progress.NONE).imported().meta();
    assertThat(meta.etag()).isEqualTo("\"v1\"");
  }
}
