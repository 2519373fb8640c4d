package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbCommandTest {

  @TempDir Path tmp;

  private static final String GOOD = """
      {"id": "PYSEC-9999-1", "modified": "2024-01-01T00:00:00Z", "aliases": ["CVE-9999-1"],
       "affected": [{"package": {"ecosystem": "PyPI", "name": "Some_Pkg"},
                     "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "2.0"}]}]}]}
      """;
  private static final String BAD_RANGE = """
      {"id": "PYSEC-9999-2", "modified": "2024-01-01T00:00:00Z",
       "affected": [{"package": {"ecosystem": "PyPI", "name": "some-pkg"},
                     "ranges": [{"type": "ECOSYSTEM", "events": [{"fixed": "2.0"}]}]}]}
      """;

  private Path zip(Map<String, String> entries) throws IOException {
    Path zip = tmp.resolve("osv.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return zip;
  }

  @Test
  void importThenStatus() throws Exception {
    Path db = tmp.resolve("db");
    Path zip = zip(Map.of("PYSEC-9999-1.json", GOOD, "PYSEC-9999-2.json", BAD_RANGE, "broken.json", "{\"id\": "));
    Cli.Result imported = Cli.run(ParserFunction.PYTHON, "db", "import", "--db", db.toString(), zip.toString());
    assertThat(imported.exitCode()).isEqualTo(1);
    assertThat(imported.out()).contains("stored 1 advisories (0 withdrawn) for 1 packages in " + db + "; 2 left out");
    assertThat(imported.err())
        .contains("bulwark db import: skipped osv.zip!PYSEC-9999-2.json: PYSEC-9999-2: affected[0].ranges[0]: "
            + "no 'introduced' event")
        .contains("bulwark db import: skipped osv.zip!broken.json: invalid JSON")
        .doesNotContain("Exception");

    Cli.Result status = Cli.run(ParserFunction.PYTHON, "db", "status", "--db", db.toString());
    assertThat(status.exitCode()).isZero();
    assertThat(status.out()).contains("source:      " + zip.toAbsolutePath() + " (osv-zip)")
        .contains("advisories:  1 (0 withdrawn), 1 packages, 2 input entries left out")
        .contains("newest:      2024-01-01T00:00:00Z (")
        .containsPattern("imported: +\\d{4}-\\d\\d-\\d\\dT.*\\(0 days ago\\)");
  }

  @Test
  void aCleanImportExitsZero() throws Exception {
    Path zip = zip(Map.of("PYSEC-9999-1.json", GOOD));
    Cli.Result r = Cli.run(ParserFunction.PYTHON, "db", "import", "--db", tmp.resolve("db").toString(), zip.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void badInputsAreUsageErrorsWithoutATrace() throws Exception {
    Path db = tmp.resolve("db");
    Path notZip = tmp.resolve("data.zip");
    Files.writeString(notZip, "not a zip");
    Cli.Result corrupt = Cli.run(ParserFunction.PYTHON, "db", "import", "--db", db.toString(), notZip.toString());
    assertThat(corrupt.exitCode()).isEqualTo(2);
    assertThat(corrupt.err()).startsWith("bulwark db import: error: " + notZip + ": not a readable zip archive");

    Cli.Result missing = Cli.run(ParserFunction.PYTHON, "db", "import", "--db", db.toString(), tmp.resolve("nope").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file or directory");

    Cli.Result noStore = Cli.run(ParserFunction.PYTHON, "db", "status", "--db", db.toString());
    assertThat(noStore.exitCode()).isEqualTo(2);
    assertThat(noStore.err()).contains("no advisory store at " + db).contains("bulwark db import FILE");

    Cli.Result bare = Cli.run(ParserFunction.PYTHON, "db");
    assertThat(bare.exitCode()).isEqualTo(2);
    assertThat(bare.err()).contains("Missing command (import, update or status)");
  }

  @Test
  void updateOfflineIsRefused() {
    Cli.Result r = Cli.run(ParserFunction.PYTHON, "db", "update", "--offline", "--db", tmp.resolve("db").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--offline forbids the network");
    assertThat(Files.exists(tmp.resolve("db"))).isFalse();
  }

  @Test
  void updateFromALoopbackServerAndNetworkFailures() throws Exception {
    byte[] zip = Files.readAllBytes(zip(Map.of("PYSEC-9999-1.json", GOOD)));
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      boolean known = exchange.getRequestURI().getPath().equals("/PyPI/all.zip");
      exchange.sendResponseHeaders(known ? 200 : 404, known ? zip.length : -1);
      try (OutputStream out = exchange.getResponseBody()) {
        if (known) {
          out.write(zip);
        }
      }
    });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    Path db = tmp.resolve("db");
    try {
      Cli.Result r = Cli.run(ParserFunction.PYTHON, "db", "update", "--db", db.toString(), "--base-url", base);
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out()).contains("downloaded 1 advisories").contains("stored 1 advisories");
      Cli.Result status = Cli.run(ParserFunction.PYTHON, "db", "status", "--db", db.toString());
      assertThat(status.out()).contains("source:      " + base + "PyPI/all.zip (osv-update)").contains("fetched:");

      // an incremental update needs modified_id.csv, which this server does not have
      Cli.Result notFound = Cli.run(ParserFunction.PYTHON, "db", "update", "--db", db.toString(), "--base-url", base);
      assertThat(notFound.exitCode()).isEqualTo(2);
      assertThat(notFound.err()).contains("PyPI/modified_id.csv: HTTP 404; the store was not changed");
    } finally {
      server.stop(0);
    }
    Cli.Result down = Cli.run(ParserFunction.PYTHON, "db", "update", "--db", db.toString(), "--base-url", base, "--full");
    assertThat(down.exitCode()).isEqualTo(2);
    assertThat(down.err()).contains("cannot connect to 127.0.0.1").doesNotContain("Exception");
    assertThat(Cli.run(ParserFunction.PYTHON, "db", "status", "--db", db.toString()).exitCode()).isZero();

    Cli.Result badUrl = Cli.run(ParserFunction.PYTHON, "db", "update", "--db", db.toString(), "--base-url", "ftp://x/");
    assertThat(badUrl.exitCode()).isEqualTo(2);
  }
}
