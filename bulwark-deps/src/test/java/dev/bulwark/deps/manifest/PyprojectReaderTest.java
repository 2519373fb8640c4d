package dev.bulwark.deps.manifest;

import static dev.bulwark.deps.manifest.Fixtures.dependencies;
import static dev.bulwark.deps.manifest.Fixtures.problems;
import static dev.bulwark.deps.manifest.Fixtures.project;
import static dev.bulwark.deps.manifest.Fixtures.skipped;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PyprojectReaderTest {

  @Test
  void pep621DependenciesExtrasAndGroupsWithTheirLines() {
    ManifestReading r = PyprojectReader.read(project("pep621").resolve("pyproject.toml"));
    assertThat(dependencies(r)).containsExactly(
        "Django ==3.2.12 main 14",
        "requests >=2.20,<3 main 15",
        "PyYAML ==5.3.1 main 16",
        "pywin32 ==227 main 17 ; sys_platform == 'win32'",
        "cryptography * main 19",
        "Pillow ==8.0.0 optional:images 23",
        "jinja2 ==2.10.1 optional:all 24",
        "pytest ==6.2.5 group:test 27",
        "coverage >=7 group:test 27",
        "flake8 ==3.9.0 group:lint 29",
        "pytest ==6.2.5 group:dev 27",
        "coverage >=7 group:dev 27",
        "flake8 ==3.9.0 group:dev 29",
        "ipython ==7.16.0 group:dev 34");
    assertThat(skipped(r)).containsExactly(
        "mylib @ git+https://github.com/example/mylib@v1.0: VCS requirement @18",
        "shop-api[images]: the project itself @24");
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void poetryConstraintsTablesAndGroups() {
    ManifestReading r = PyprojectReader.read(project("poetry2").resolve("pyproject.toml"));
    assertThat(dependencies(r)).containsExactly(
        "flask >=1.0.2,<2.0.0 main 9",
        "Jinja2 ==2.10 main 10",
        "urllib3 >=1.24,<1.25 main 11 ; sys_platform != 'win32'",
        "pyyaml >=5.1,<5.4 optional:yaml 12 ; python_version < \"3.10\"",
        "pytest ==6.2.4 group:test 20",
        "black * group:dev 23");
    assertThat(skipped(r)).containsExactly(
        "mylocal: editable install @13",
        "requests: VCS requirement @14");
  }

  @Test
  void onlyTheSectionsAskedForAreRead() {
    Path file = project("poetry2").resolve("pyproject.toml");
    assertThat(PyprojectReader.read(file, Set.of(PyprojectReader.Section.PROJECT)).dependencies()).isEmpty();
    assertThat(PyprojectReader.read(project("pep621").resolve("pyproject.toml"), Set.of(PyprojectReader.Section.POETRY))
        .dependencies()).isEmpty();
  }

  @Test
  void badEntriesAndGroupCyclesAreProblemsAndTheRestIsRead() {
    ManifestReading r = PyprojectReader.read(project("bad").resolve("pyproject.toml"));
    assertThat(dependencies(r)).containsExactly(
        "requests ==2.0 main 4",
        "six ==1.0 group:a 10",
        "six ==1.0 group:b 10");
    assertThat(problems(r)).containsExactly(
        "5: invalid requirement 'not a requirement!!': expected a version specifier, '@ URL', ';' or the end at position 4",
        "6: project.dependencies: not a requirement string: 42",
        "11: dependency group 'b' includes 'a', which leads back to 'b' (a cycle)",
        "10: dependency group 'a' includes 'b', which leads back to 'a' (a cycle)",
        "12: dependency group 'c' includes unknown group 'missing'");
  }

  @Test
  void invalidTomlIsOneProblem(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("pyproject.toml");
    Files.writeString(file, "[project]\nname = \"x\"\ndependencies = [\"a==1\"\n");
    ManifestReading r = PyprojectReader.read(file);
    assertThat(r.dependencies()).isEmpty();
    assertThat(r.problems()).hasSize(1);
    assertThat(r.problems().get(0).message()).startsWith("invalid TOML: ");
    assertThat(r.problems().get(0).source().line()).isPositive();
  }

  @Test
  void poetryDirectGroupsNameTheGroupOfEachDirectRequirement() {
    assertThat(PyprojectReader.poetryDirectGroups(project("poetry2").resolve("pyproject.toml")))
        .containsEntry("flask", "main")
        .containsEntry("jinja2", "main")
        .containsEntry("pytest", "test")
        .containsEntry("black", "dev")
        .doesNotContainKey("python");
  }
}
