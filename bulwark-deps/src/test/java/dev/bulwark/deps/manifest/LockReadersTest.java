package dev.bulwark.deps.manifest;

import static dev.bulwark.deps.manifest.Fixtures.dependencies;
import static dev.bulwark.deps.manifest.Fixtures.problems;
import static dev.bulwark.deps.manifest.Fixtures.project;
import static dev.bulwark.deps.manifest.Fixtures.skipped;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LockReadersTest {

  @Test
  void poetryLock11TakesTheScopeFromCategory() {
    ManifestReading r = PoetryLockReader.read(project("poetry1").resolve("poetry.lock"));
    assertThat(dependencies(r)).containsExactly(
        "click ==7.1.2 main 2",
        "flask ==1.0.2 main 10",
        "jinja2 ==2.10 main 25",
        "pytest ==6.2.4 group:dev 33",
        "urllib3 ==1.24.1 main 41 ; sys_platform != \"win32\"");
    assertThat(skipped(r)).containsExactly(
        "mylocal: editable install @50",
        "requests: VCS requirement @63");
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void poetryLock20WalksFromTheProjectsRequirements() {
    Path dir = project("poetry2");
    ManifestReading r = PoetryLockReader.read(dir.resolve("poetry.lock"),
        PyprojectReader.poetryDirectGroups(dir.resolve("pyproject.toml")));
    assertThat(dependencies(r)).containsExactly(
        "click ==7.1.2 main 4",
        "flask ==1.0.2 main 14",
        "iniconfig ==1.1.1 group:test 28",
        "jinja2 ==2.10 main 36",
        "pytest ==6.2.4 group:test 44");
  }

  @Test
  void poetryLock20AloneIsAllMain() {
    ManifestReading r = PoetryLockReader.read(project("poetry2").resolve("poetry.lock"));
    assertThat(r.dependencies()).allSatisfy(d -> assertThat(d.scope()).isEqualTo("main"));
  }

  @Test
  void poetryLock21TakesGroupsAndTheMarkerOfTheGroup() {
    ManifestReading r = PoetryLockReader.read(project("poetry21").resolve("poetry.lock"));
    assertThat(dependencies(r)).containsExactly(
        "colorama ==0.4.6 main 4 ; platform_system == \"Windows\"",
        "flask ==1.0.2 main 14",
        "pytest ==6.2.4 group:test 23",
        "pyyaml ==5.3.1 main 32 ; extra == \"yaml\" and python_version < \"3.10\"");
  }

  @Test
  void pipfileLockDefaultAndDevelop() {
    ManifestReading r = PipfileLockReader.read(project("pipenv").resolve("Pipfile.lock"));
    assertThat(dependencies(r)).containsExactly(
        "django ==2.2.0 main 19",
        "pywin32 ==227 main 30 ; sys_platform == 'win32'",
        "sqlparse ==0.4.1 main 38 ; python_version >= '3.5'",
        "pytest ==6.2.4 group:develop 44");
    assertThat(skipped(r)).containsExactly(
        "mypkg: editable install @26",
        "requests: VCS requirement @34");
  }

  @Test
  void pipfileWithSpecifiersAndMarkerShortcuts() {
    ManifestReading r = PipfileReader.read(project("pipenv").resolve("Pipfile"));
    assertThat(dependencies(r)).containsExactly(
        "django ==2.2.0 main 7",
        "requests * main 8",
        "pywin32 ==227 main 9 ; sys_platform == 'win32'",
        "pytest >=6 group:develop 13");
    assertThat(skipped(r)).containsExactly("mypkg: editable install @10");
  }

  @Test
  void uvLockScopesFromTheRootAndMarkersAlongPaths() {
    ManifestReading r = UvLockReader.read(project("uv").resolve("uv.lock"));
    assertThat(dependencies(r)).containsExactly(
        "certifi ==2022.12.7 main 6",
        "colorama ==0.4.6 main 12 ; sys_platform == 'win32'",
        "idna ==2.5 optional:socks 49", // only requests[security], asked for by the socks extra, needs it
        "pysocks ==1.7.1 optional:socks 54",
        "pytest ==7.0.0 group:dev 59",
        "requests ==2.25.0 main 67",
        "urllib3 ==1.26.4 main 81 ; python_full_version >= '3.10'");
    assertThat(skipped(r)).containsExactly(
        "crawler: editable install @17",
        "helper: VCS requirement @44");
  }

  @Test
  void pdmLockGroups() {
    ManifestReading r = PdmLockReader.read(project("pdm").resolve("pdm.lock"));
    assertThat(dependencies(r)).containsExactly(
        "jinja2 ==2.11.2 main 11",
        "markupsafe ==1.1.1 main 24",
        "pytest ==6.2.4 group:test 30 ; python_version >= \"3.6\"");
    assertThat(skipped(r)).containsExactly("tools: local path @37");
  }

  @Test
  void pylockVersionsMarkersAndSkips() {
    ManifestReading r = PylockReader.read(project("pylock").resolve("pylock.toml"));
    assertThat(dependencies(r)).containsExactly(
        "attrs ==23.1.0 main 10",
        "cryptography ==3.3.1 optional:crypto 18 ; 'crypto' in extras",
        "pytest ==7.0.0 group:dev 23 ; 'dev' in dependency_groups");
    assertThat(skipped(r)).containsExactly(
        "mytool: VCS requirement @28",
        "nover: no version @35");
  }

  @Test
  void pylockFileNames() {
    assertThat(PylockReader.isPylock("pylock.toml")).isTrue();
    assertThat(PylockReader.isPylock("pylock.dev.toml")).isTrue();
    assertThat(PylockReader.isPylock("pylock..toml")).isFalse();
    assertThat(PylockReader.isPylock("pylock.a.b.toml")).isFalse();
    assertThat(PylockReader.isPylock("mypylock.toml")).isFalse();
  }

  @Test
  void brokenLockFilesAreOneProblemEach() {
    ManifestReading poetry = PoetryLockReader.read(project("bad").resolve("poetry.lock"));
    assertThat(poetry.dependencies()).isEmpty();
    assertThat(problems(poetry)).singleElement().asString().contains("invalid TOML");
    ManifestReading pipfile = PipfileLockReader.read(project("bad").resolve("Pipfile.lock"));
    assertThat(pipfile.dependencies()).isEmpty();
    assertThat(problems(pipfile)).singleElement().asString().startsWith("1: invalid JSON");
    ManifestReading missing = UvLockReader.read(project("bad").resolve("uv.lock"));
    assertThat(problems(missing)).containsExactly("0: cannot read: no such file");
  }

  @Test
  void installedEnvironment() {
    Path sitePackages = project("venv").resolve("env/lib/python3.11/site-packages");
    ManifestReading r = InstalledEnvironmentReader.read(sitePackages);
    assertThat(dependencies(r)).containsExactly(
        "Django ==3.2.12 installed 2",
        "legacy-pkg ==0.9-eevee installed 2",
        "requests ==2.19.0 installed 2");
    assertThat(skipped(r)).containsExactly("shop-api: editable install @2");
    assertThat(r.dependencies().get(0).source().file().toString()).endsWith("Django-3.2.12.dist-info/METADATA");
    assertThat(InstalledEnvironmentReader.sitePackagesOf(project("venv").resolve("env"))).containsExactly(sitePackages);
  }
}
