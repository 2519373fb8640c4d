package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bulwark scan} audits the dependencies of the manifests it finds, against the
 * {@link DemoAdvisoryStore}.
 */
class ScanDependenciesTest {

  @TempDir static Path shared;
  static Path db;

  @TempDir Path dir;

  @BeforeAll
  static void buildStore() throws Exception {
    db = DemoAdvisoryStore.build(shared, Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
  }

  private Path project(String requirements) throws Exception {
    Files.writeString(dir.resolve("app.py"), "import os\n");
    Files.writeString(dir.resolve("requirements.txt"), requirements);
    return dir;
  }

  @Test
  void pinnedVulnerableVersionIsAFindingAtItsLine() throws Exception {
    Path p = project("# web\nrequests==2.0.0\ndjango==2.2.0\njinja2>=2.0\n");
    Cli.Result r = Cli.scan("--db", db, p);
    assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
    String manifest = p.resolve("requirements.txt").toString();
    // the withdrawn requests advisory gives nothing; one finding per alias group, at the declaring line
    List<String> lines = r.out().lines().filter(l -> l.contains(" BW200")).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith(manifest + ":3:1: BW2001 [critical] django 2.2.0 is affected by PYSEC-2099-1 "
        + "(GHSA-d1d1-d1d1-d1d1, CVE-2099-0001)");
    assertThat(lines.get(1)).startsWith(manifest + ":4:1: BW2002 [medium] jinja2 >=2.0 allows versions affected by "
        + "PYSEC-2099-2 (CVE-2099-0002)");
    assertThat(r.err()).contains("2 files scanned, 2 findings");
  }

  @Test
  void suppressionCommentInTheManifestHidesTheFinding() throws Exception {
    Path p = project("django==2.2.0  # bulwark: ignore[BW2001]\n");
    Cli.Result r = Cli.scan("--db", db, p);
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).doesNotContain("BW2001");
    assertThat(r.err()).contains("1 suppressed");
  }

  @Test
  void ignoreAndNoDepsTurnTheAuditOff() throws Exception {
    Path p = project("django==2.2.0\n");
    assertThat(Cli.scan("--db", db, "--ignore", "BW2001", p).out()).doesNotContain("BW2001");
    assertThat(Cli.scan("--db", db, "--no-deps", p).exitCode()).isEqualTo(ExitCode.OK);
  }

  @Test
  void withoutAStoreTheAuditIsSkippedWithANote() throws Exception {
    Path p = project("django==2.2.0\n");
    Cli.Result r = Cli.scan("--db", dir.resolve("no-store"), p);
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.err()).contains("note: dependency audit skipped: 1 dependencies declared but no advisory database");
  }

  @Test
  void sarifLocatesTheFindingAtTheManifestLine() throws Exception {
    Path p = project("django==2.2.0\n");
    Cli.Result r = Cli.scanAsGiven("--format", "sarif", "--db", db, p);
    JsonNode result = new ObjectMapper().readTree(r.out()).path("runs").get(0).path("results").get(0);
    assertThat(result.path("ruleId").asText()).isEqualTo("BW2001");
    JsonNode location = result.path("locations").get(0).path("physicalLocation");
    assertThat(location.path("artifactLocation").path("uri").asText()).endsWith("requirements.txt");
    assertThat(location.path("region").path("startLine").asInt()).isEqualTo(1);
  }
}
