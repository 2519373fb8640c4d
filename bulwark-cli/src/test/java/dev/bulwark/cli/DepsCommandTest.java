package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bulwark deps} end to end: real manifests, a store built from seven demo OSV records. */
class DepsCommandTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path shared;
  static Path db;

  @TempDir Path dir;

  @BeforeAll
  static void buildStore() throws Exception {
    db = DemoAdvisoryStore.build(shared, CLOCK);
  }

  record Result(int exitCode, String out, String err) {}

  /** {@code bulwark deps --db DB ARGS...}, run in-process with a fixed clock and no environment. */
  static Result deps(Object... args) {
    List<String> all = new ArrayList<>(List.of("deps", "--db", db.toString()));
    for (Object a : args) {
      all.add(a.toString());
    }
    return run(all.toArray(new String[0]));
  }

  /** {@code bulwark deps ...} (args[0] is "deps") with a fixed clock and no environment variables. */
  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine replaced = new CommandLine(Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
        ParserFunction.PYTHON).getCommand())
        .addSubcommand("deps", new CommandLine(new DepsCommand(Map.of(), CLOCK)))
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .setParameterExceptionHandler(new CliErrors())
        .setExecutionExceptionHandler(new CliErrors());
    int code = replaced.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  private Path project(String pyproject) throws Exception {
    Files.writeString(dir.resolve("pyproject.toml"), pyproject);
    return dir;
  }

  private static final String SHOP = """
      [project]
      name = "shop"
      dependencies = [
          "Django==3.2.12",
          "PyYAML==5.3.1",
          "pywin32==227; sys_platform == 'win32'",
          "requests>=2",
      ]
      """;

  @Test
  void vulnerablePinsFailAndTheTableShowsThemWithTheDatabaseDate() throws Exception {
    Result r = deps(project(SHOP), "--platform", "linux");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).startsWith("Advisory database: 7 advisories, newest modified 2024-10-02T12:00:00Z");
    assertThat(r.out()).containsPattern("Django +3\\.2\\.12 +PYSEC-2099-1 +critical 9\\.8 +upgrade to 3\\.2\\.13 +main +\\S*pyproject\\.toml:4");
    assertThat(r.out()).containsPattern("PyYAML +5\\.3\\.1 +PYSEC-2099-3 +high 7\\.5");
    assertThat(r.out()).contains("Not applicable to the target environment:");
    assertThat(r.out()).doesNotContain("PYSEC-2099-4"); // withdrawn
    assertThat(r.out()).endsWith("3 packages audited, 2 vulnerabilities, 1 not applicable\n");
    assertThat(r.err()).isEqualTo("bulwark deps: warning: the advisory database is 783 days old (newest advisory "
        + "2024-10-02T12:00:00Z); refresh it with 'bulwark db update'\n");
  }

  @Test
  void maxDbAgeTurnsTheAgeWarningIntoAnError() throws Exception {
    project(SHOP);
    Result old = deps(dir, "--max-db-age", "365");
    assertThat(old.exitCode()).isEqualTo(2);
    assertThat(old.err()).contains("is 783 days old").contains("more than --max-db-age 365");
    Result fresh = deps(dir, "--max-db-age", "1000", "--platform", "linux");
    assertThat(fresh.exitCode()).isEqualTo(1);
    assertThat(fresh.err()).doesNotContain("days old");
  }

  @Test
  void markersFollowThePlatform() throws Exception {
    Result r = deps(project(SHOP), "--platform", "win32", "--python-version", "3.11");
    assertThat(r.out()).contains("Target environment: Python 3.11 on win32");
    assertThat(r.out()).containsPattern("pywin32 +227 +PYSEC-2099-6 +unknown +no fix");
    Result all = deps(project(SHOP), "--all-environments");
    assertThat(all.out()).contains("PYSEC-2099-6").doesNotContain("Not applicable");
  }

  @Test
  void failOnAndFixableOnly() throws Exception {
    Files.writeString(dir.resolve("pyproject.toml"), "[project]\nname = \"x\"\ndependencies = [\"PyYAML==5.3.1\"]\n");
    assertThat(deps(dir, "--fail-on", "high").exitCode()).isEqualTo(1);
    assertThat(deps(dir, "--fail-on", "critical").exitCode()).isEqualTo(0);
    assertThat(deps(dir, "--fail-on", "CRITICAL").exitCode()).isEqualTo(0);
    Files.writeString(dir.resolve("pyproject.toml"),
        "[project]\nname = \"x\"\ndependencies = [\"pywin32==227\", \"requests==2.0\"]\n");
    assertThat(deps(dir).exitCode()).as("unknown severity counts").isEqualTo(1);
    assertThat(deps(dir, "--fail-on", "critical").exitCode()).as("unknown severity counts at every level").isEqualTo(1);
    assertThat(deps(dir, "--fail-on-fixable-only").exitCode()).isEqualTo(0);
  }

  @Test
  void potentialFindingsAreReportedButNeverFail() throws Exception {
    Files.writeString(dir.resolve("pyproject.toml"), "[project]\nname = \"x\"\ndependencies = [\"django>=3.2,<4\"]\n");
    Result r = deps(dir, "--format", "json");
    assertThat(r.exitCode()).isEqualTo(0);
    JsonNode v = JSON.readTree(r.out()).path("packages").get(0).path("vulnerabilities").get(0);
    assertThat(v.path("id").asText()).isEqualTo("PYSEC-2099-1");
    assertThat(v.path("potential").asBoolean()).isTrue();
  }

  @Test
  void ignoresMatchAnyAliasExpireAndWarnWhenUnused() throws Exception {
    project(SHOP + """

        [[tool.bulwark.ignore]]
        id = "CVE-2099-0001"
        package = "django"
        reason = "explain() is never called with user options"
        expires = 2027-01-01

        [[tool.bulwark.ignore]]
        id = "PYSEC-2099-3"
        reason = "was fine last year"
        expires = 2026-01-01

        [[tool.bulwark.ignore]]
        id = "GHSA-zzzz-zzzz-zzzz"
        reason = "nothing has this"
        """);
    Result r = deps(dir, "--platform", "linux", "--format", "json");
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.path("ignored")).hasSize(1);
    assertThat(root.path("ignored").get(0).path("id").asText()).isEqualTo("PYSEC-2099-1");
    assertThat(root.path("ignored").get(0).path("reason").asText()).isEqualTo("explain() is never called with user options");
    assertThat(root.path("summary").path("vulnerabilities").asInt()).isEqualTo(1);
    assertThat(r.err()).contains("pyproject.toml:16: the ignore entry for PYSEC-2099-3 expired on 2026-01-01");
    assertThat(r.err()).contains("pyproject.toml:21: the ignore entry for GHSA-zzzz-zzzz-zzzz matched no finding");
    assertThat(r.exitCode()).as("PyYAML is reported again").isEqualTo(1);
  }

  @Test
  void anIgnoreWithoutAReasonIsAConfigurationError() throws Exception {
    project(SHOP + "\n[[tool.bulwark.ignore]]\nid = \"PYSEC-2099-1\"\n");
    Result r = deps(dir);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("pyproject.toml:10: the ignore entry for PYSEC-2099-1 needs a 'reason'");
  }

  @Test
  void theScanStillReadsItsRuleCodesBesideTheIgnoreTables() throws Exception {
    project("[tool.bulwark]\nignore = [\"B101\", {id = \"PYSEC-2099-1\", reason = \"r\"}]\n");
    Files.writeString(dir.resolve("a.py"), "assert True\n");
    Cli.Result scan = Cli.run(ParserFunction.PYTHON, "scan", "--format", "concise", dir.toString());
    assertThat(scan.err()).doesNotContain("error:");
    assertThat(scan.exitCode()).isEqualTo(0);
  }

  @Test
  void everyFormatOnStandardOutputAndInFiles() throws Exception {
    project(SHOP);
    Path sarif = dir.resolve("out.sarif");
    Path bom = dir.resolve("bom.json");
    Result r = deps(dir, "--format", "markdown", "--output", "sarif:" + sarif, "--output", "cyclonedx:" + bom);
    assertThat(r.out()).startsWith("# Dependency audit");
    JsonNode run = JSON.readTree(sarif.toFile()).path("runs").get(0);
    assertThat(run.path("results").get(0).path("ruleId").asText()).isEqualTo("PYSEC-2099-1");
    assertThat(JSON.readTree(bom.toFile()).path("specVersion").asText()).isEqualTo("1.6");
    assertThat(r.err()).contains("3 packages audited, 2 vulnerabilities");
  }

  @Test
  void aBrokenManifestIsOneErrorAndTheRestIsAudited() throws Exception {
    project(SHOP);
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Files.writeString(sub.resolve("poetry.lock"), "[[package]\nname = 1\n");
    Result r = deps(dir, "--platform", "linux");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).contains("PYSEC-2099-1").contains("Problems:").containsPattern("sub/poetry.lock:\\d+: invalid TOML");
  }

  @Test
  void nothingToScanIsExitThree() {
    Result r = deps(dir);
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("nothing to scan");
  }

  @Test
  void usageErrors() throws Exception {
    project(SHOP);
    assertThat(deps(dir, "--format", "xml").err()).contains("unknown report format 'xml'");
    assertThat(deps(dir, "--format", "xml").exitCode()).isEqualTo(2);
    assertThat(deps(dir, "--python-version", "three").exitCode()).isEqualTo(2);
    assertThat(deps(dir, "--fail-on", "severe").exitCode()).isEqualTo(2);
    assertThat(deps(dir, "--output", "json").exitCode()).isEqualTo(2);
    assertThat(deps(dir.resolve("missing")).err()).contains("no such file or directory");
    Result noDb = run("deps", "--db", dir.resolve("nodb").toString(), "--offline", dir.toString());
    assertThat(noDb.exitCode()).isEqualTo(2);
    assertThat(noDb.err()).contains("no advisory database in").contains("bulwark db update");
  }

  /** The reader tests' projects, every format, when the repository is at hand. */
  private static Path readerProjects() {
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      Path candidate = at.resolve("bulwark-deps/src/test/resources/projects");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  @Test
  void everyManifestFormatYieldsExactlyWhatTheDemoDataImplies() throws Exception {
    Path projects = readerProjects();
    org.junit.jupiter.api.Assumptions.assumeTrue(projects != null, "bulwark-deps test projects not found");
    Result r = deps(projects, "--environments", "--platform", "linux", "--python-version", "3.12", "--format", "json");
    assertThat(r.exitCode()).as("the bad project's files are errors").isEqualTo(2);
    JsonNode root = JSON.readTree(r.out());
    List<String> found = new ArrayList<>();
    List<String> potential = new ArrayList<>();
    for (JsonNode p : root.path("packages")) {
      String file = p.path("source").path("file").asText().replace('\\', '/');
      String where = file.substring(file.indexOf("projects/") + "projects/".length()) + ":" + p.path("source").path("line");
      for (JsonNode v : p.path("vulnerabilities")) {
        (v.path("potential").asBoolean() ? potential : found).add(where + " " + p.path("package").asText() + " "
            + v.path("id").asText());
      }
    }
    assertThat(found).containsExactlyInAnyOrder(
        "pep621/pyproject.toml:14 Django PYSEC-2099-1",
        "pep621/pyproject.toml:16 PyYAML PYSEC-2099-3",
        "pep621/pyproject.toml:23 Pillow PYSEC-2099-5",
        "pip/requirements.txt:2 Django PYSEC-2099-1",
        "pipenv/Pipfile.lock:19 django PYSEC-2099-1",
        "poetry1/poetry.lock:25 jinja2 PYSEC-2099-2",
        "poetry2/poetry.lock:36 jinja2 PYSEC-2099-2",
        "venv/env/lib/python3.11/site-packages/Django-3.2.12.dist-info/METADATA:2 Django PYSEC-2099-1");
    // django>=... nowhere; requests is only hit by a withdrawn record; pywin32 and colorama are not for linux
    assertThat(potential).isEmpty();
    assertThat(root.path("problems").size()).isGreaterThanOrEqualTo(2);
    assertThat(r.out()).doesNotContain("PYSEC-2099-4"); // withdrawn
  }

  @Test
  void helpListsTheExitCodes() {
    Result r = run("deps", "--help");
    assertThat(r.exitCode()).isEqualTo(0);
    assertThat(r.out()).contains("Exit codes:").contains("3   nothing to scan");
  }
}
