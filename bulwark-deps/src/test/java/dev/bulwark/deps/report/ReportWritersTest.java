package dev.bulwark.deps.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.bulwark.deps.audit.Audit;
import dev.bulwark.deps.audit.AuditResult;
import dev.bulwark.deps.audit.Finding;
import dev.bulwark.deps.audit.MarkerFilter;
import dev.bulwark.deps.audit.PackageResult;
import dev.bulwark.deps.manifest.ProjectManifests;
import dev.bulwark.deps.requirement.Marker;
import dev.bulwark.deps.requirement.MarkerEnvironment;
import dev.bulwark.deps.store.AdvisoryStore;
import dev.bulwark.deps.store.StoreImporter;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format on one audit: the pep621 test project against a store of seven demo advisories. */
class ReportWritersTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  @TempDir static Path tmp;
  static DepsReport report;
  static DepsReport broken;
  static Path projectDir;

  static Path resource(String name) throws Exception {
    URL url = ReportWritersTest.class.getResource(name);
    return Path.of(url.toURI());
  }

  @BeforeAll
  static void audit() throws Exception {
    Path db = tmp.resolve("db");
    new StoreImporter(Clock.fixed(NOW, ZoneOffset.UTC)).importInput(resource("/osv-demo"), db);
    AdvisoryStore store = AdvisoryStore.open(db);
    projectDir = resource("/projects/pep621");
    ProjectManifests.Found found = ProjectManifests.find(projectDir);
    MarkerEnvironment linux = MarkerEnvironment.of("3.12", "linux");
    MarkerFilter filter = m -> Marker.parse(m).evaluate(linux) ? MarkerFilter.Verdict.APPLIES
        : MarkerFilter.Verdict.NOT_APPLICABLE;
    AuditResult result = Audit.run(found.reading().dependencies(), store, filter);
    // ignore the Pillow finding by one of its aliases, as the command does with an ignore entry
    List<PackageResult> kept = new ArrayList<>();
    List<DepsReport.IgnoredFinding> ignored = new ArrayList<>();
    for (PackageResult p : result.packages()) {
      List<Finding> left = new ArrayList<>();
      for (Finding f : p.findings()) {
        if (f.isKnownAs("CVE-2099-0005")) {
          ignored.add(new DepsReport.IgnoredFinding(p, f, "images are never decoded"));
        } else {
          left.add(f);
        }
      }
      kept.add(new PackageResult(p.dependency(), p.name(), p.status(), p.note(), left, p.recommended()));
    }
    report = new DepsReport("0.1.0-test", NOW, projectDir, result.database(), "Python 3.12 on linux", found.files(),
        kept, ignored, found.reading().skipped(), found.reading().problems());
    // unreadable files, and potential findings of unpinned requirements, with all markers true
    Path bad = resource("/projects/bad");
    ProjectManifests.Found badFound = ProjectManifests.find(bad);
    List<dev.bulwark.deps.manifest.Dependency> deps = new ArrayList<>(badFound.reading().dependencies());
    deps.add(new dev.bulwark.deps.manifest.Dependency("django", Optional.empty(), ">=3,<4", Optional.empty(), "main",
        new dev.bulwark.deps.manifest.SourceLocation(bad.resolve("pyproject.toml"), 0)));
    AuditResult badResult = Audit.run(deps, store, MarkerFilter.ALL_ENVIRONMENTS);
    broken = new DepsReport("0.1.0-test", NOW, bad, badResult.database(), "all environments", badFound.files(),
        badResult.packages(), List.of(), badFound.reading().skipped(), badFound.reading().problems());
  }

  static String write(String format) throws Exception {
    StringWriter out = new StringWriter();
    DepsFormats.get(format).orElseThrow().write(report, out);
    return out.toString();
  }

  @Test
  void theAuditFoundWhatTheDemoDataImplies() {
    assertThat(report.vulnerable()).extracting(p -> p.dependency().name() + " " + p.findings().get(0).id())
        .containsExactly("Django PYSEC-2099-1", "PyYAML PYSEC-2099-3");
    assertThat(report.databaseDate()).isEqualTo("2024-10-02T12:00:00Z");
  }

  @Test
  void table() throws Exception {
    String text = write("table");
    assertThat(text).startsWith("Advisory database: 7 advisories, newest modified 2024-10-02T12:00:00Z");
    assertThat(text).contains("Target environment: Python 3.12 on linux");
    assertThat(text).containsPattern("Django +3\\.2\\.12 +PYSEC-2099-1 +critical 9\\.8 +upgrade to 3\\.2\\.13 +main +pyproject\\.toml:14");
    assertThat(text).containsPattern("PyYAML +5\\.3\\.1 +PYSEC-2099-3 +high 7\\.5 +upgrade to 5\\.4 +main +pyproject\\.toml:16");
    assertThat(text).contains("PYSEC-2099-1 (GHSA-d1d1-d1d1-d1d1, CVE-2099-0001): SQL injection in QuerySet.explain() options");
    assertThat(text).contains("Not applicable to the target environment:\n  pywin32 227  pyproject.toml:17  sys_platform == 'win32'");
    assertThat(text).contains("Ignored:\n  PYSEC-2099-5  Pillow 8.0.0  images are never decoded");
    assertThat(text).contains("pyproject.toml:18  mylib @ git+https://github.com/example/mylib@v1.0  (VCS requirement)");
    assertThat(text).endsWith("13 packages audited, 2 vulnerabilities, 1 not applicable, 1 ignored, 2 skipped\n");
  }

  @Test
  void json() throws Exception {
    JsonNode root = JSON.readTree(write("json"));
    assertThat(root.path("schema_version").asText()).isEqualTo("deps-1.0");
    assertThat(root.path("database").path("date").asText()).isEqualTo("2024-10-02T12:00:00Z");
    assertThat(root.path("database").path("records").asInt()).isEqualTo(7);
    JsonNode django = root.path("packages").get(0);
    assertThat(django.path("package").asText()).isEqualTo("Django");
    assertThat(django.path("version").asText()).isEqualTo("3.2.12");
    assertThat(django.path("scope").asText()).isEqualTo("main");
    assertThat(django.path("source").path("file").asText()).isEqualTo("pyproject.toml");
    assertThat(django.path("source").path("line").asInt()).isEqualTo(14);
    JsonNode v = django.path("vulnerabilities").get(0);
    assertThat(v.path("id").asText()).isEqualTo("PYSEC-2099-1");
    assertThat(JSON.convertValue(v.path("aliases"), List.class))
        .containsExactlyInAnyOrder("PYSEC-2099-1", "GHSA-d1d1-d1d1-d1d1", "CVE-2099-0001");
    assertThat(v.path("severity").path("level").asText()).isEqualTo("critical");
    assertThat(v.path("severity").path("score").asDouble()).isEqualTo(9.8);
    assertThat(v.path("fixed_in").toString()).isEqualTo("[\"2.2.28\",\"3.2.13\"]");
    assertThat(v.path("minimal_fix").asText()).isEqualTo("3.2.13");
    JsonNode pywin = root.path("packages").get(3);
    assertThat(pywin.path("status").asText()).isEqualTo("not-applicable");
    JsonNode requests = root.path("packages").get(1);
    assertThat(requests.path("version").isNull()).isTrue();
    assertThat(requests.path("specifier").asText()).isEqualTo(">=2.20,<3");
    assertThat(root.path("skipped")).hasSize(2);
    assertThat(root.path("skipped").get(1).path("reason").asText()).isEqualTo("the project itself");
    assertThat(root.path("ignored").get(0).path("reason").asText()).isEqualTo("images are never decoded");
    assertThat(root.path("summary").path("vulnerabilities").asInt()).isEqualTo(2);
  }

  @Test
  void sarifHasOneRulePerAdvisoryAndResultsAtTheManifestLine() throws Exception {
    JsonNode run = JSON.readTree(write("sarif")).path("runs").get(0);
    assertThat(run.path("tool").path("driver").path("rules")).extracting(r -> r.path("id").asText())
        .containsExactly("PYSEC-2099-1", "PYSEC-2099-3");
    assertThat(run.path("tool").path("driver").path("rules").get(0).path("properties").path("security-severity").asText())
        .isEqualTo("9.8");
    JsonNode first = run.path("results").get(0);
    assertThat(first.path("level").asText()).isEqualTo("error");
    JsonNode location = first.path("locations").get(0).path("physicalLocation");
    assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("pyproject.toml");
    assertThat(location.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(location.path("region").path("startLine").asInt()).isEqualTo(14);
    assertThat(run.path("properties").path("advisoryDatabase").path("date").asText()).isEqualTo("2024-10-02T12:00:00Z");
  }

  @Test
  void sarifIsValidAgainstTheSarifSchema() throws Exception {
    Optional<Path> schemaFile = sarifSchema();
    Assumptions.assumeTrue(schemaFile.isPresent(), "no SARIF 2.1.0 schema in shared/data or bulwark-report");
    Schema schema;
    try (InputStream in = Files.newInputStream(schemaFile.get())) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
    assertThat(schema.validate(JSON.readTree(write("sarif")))).isEmpty();
    StringWriter withProblems = new StringWriter();
    DepsFormats.get("sarif").orElseThrow().write(broken, withProblems);
    JsonNode sarif = JSON.readTree(withProblems.toString());
    assertThat(schema.validate(sarif)).isEmpty();
    JsonNode run = sarif.path("runs").get(0);
    assertThat(run.path("invocations").get(0).path("executionSuccessful").asBoolean()).isFalse();
    assertThat(run.path("invocations").get(0).path("toolExecutionNotifications")).isNotEmpty();
    assertThat(run.path("results").get(0).path("level").asText()).as("a potential finding").isEqualTo("note");
    assertThat(run.path("results").get(0).path("locations").get(0).path("physicalLocation").has("region"))
        .as("line 0: no region").isFalse();
    JsonNode broken = JSON.readTree(write("sarif").replace("\"level\" : \"error\"", "\"level\" : \"fatal\""));
    assertThat(schema.validate(broken)).isNotEmpty();
  }

  /** The schema beside the repository (shared/data), else the copy bulwark-report's tests keep. */
  private static Optional<Path> sarifSchema() {
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      for (Path candidate : List.of(at.resolve("shared/data/sarif-schema-2.1.0.json"),
          at.resolve("bulwark-report/src/test/resources/sarif/sarif-schema-2.1.0.json"))) {
        if (Files.isRegularFile(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void cycloneDx() throws Exception {
    JsonNode bom = JSON.readTree(write("cyclonedx"));
    assertThat(bom.path("bomFormat").asText()).isEqualTo("CycloneDX");
    assertThat(bom.path("specVersion").asText()).isEqualTo("1.6");
    assertThat(bom.path("serialNumber").asText()).startsWith("urn:uuid:");
    assertThat(bom.path("metadata").path("properties").get(0).path("value").asText()).isEqualTo("2024-10-02T12:00:00Z");
    List<String> refs = new ArrayList<>();
    bom.path("components").forEach(c -> refs.add(c.path("bom-ref").asText()));
    assertThat(refs).contains("pkg:pypi/django@3.2.12", "pkg:pypi/pyyaml@5.3.1", "pkg:pypi/requests");
    JsonNode vuln = bom.path("vulnerabilities").get(0);
    assertThat(vuln.path("id").asText()).isEqualTo("PYSEC-2099-1");
    assertThat(vuln.path("ratings").get(0).path("severity").asText()).isEqualTo("critical");
    assertThat(vuln.path("ratings").get(0).path("method").asText()).isEqualTo("CVSSv31");
    assertThat(vuln.path("affects").get(0).path("ref").asText()).isEqualTo("pkg:pypi/django@3.2.12");
    bom.path("vulnerabilities").forEach(v -> v.path("affects").forEach(a -> assertThat(refs).contains(a.path("ref").asText())));
    assertThat(write("cyclonedx")).as("the same audit gives the same document").isEqualTo(write("cyclonedx"));
  }

  @Test
  void markdown() throws Exception {
    String md = write("markdown");
    assertThat(md).startsWith("# Dependency audit\n");
    assertThat(md).contains("newest modified 2024-10-02T12:00:00Z");
    assertThat(md).contains("| Django | 3.2.12 | [PYSEC-2099-1](https://osv.dev/vulnerability/PYSEC-2099-1) |");
    assertThat(md).contains("`pyproject.toml:18` mylib @ git+https://github.com/example/mylib@v1.0: VCS requirement");
  }

  @Test
  void unknownFormat() {
    assertThat(DepsFormats.get("xml")).isEmpty();
    assertThat(DepsFormats.NAMES).allSatisfy(n -> assertThat(DepsFormats.get(n)).isPresent());
  }
}
