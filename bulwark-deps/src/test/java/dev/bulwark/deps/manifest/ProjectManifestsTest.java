package dev.bulwark.deps.manifest;

import static dev.bulwark.deps.manifest.Fixtures.project;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectManifestsTest {

  private static List<String> files(ProjectManifests.Found found, Path root) {
    return found.files().stream().map(f -> root.relativize(f).toString().replace('\\', '/')).toList();
  }

  @Test
  void theLockFileWinsOverTheManifestBesideIt() {
    Path root = project("poetry2");
    ProjectManifests.Found found = ProjectManifests.find(root);
    assertThat(files(found, root)).containsExactly("poetry.lock");
    assertThat(found.notes()).anySatisfy(n -> assertThat(n).contains("[tool.poetry] is covered by poetry.lock"));
    assertThat(found.reading().dependencies()).extracting(Dependency::name)
        .containsExactly("click", "flask", "iniconfig", "jinja2", "pytest");
    // the 2.0 lock has no groups: the scopes come from the pyproject beside it
    assertThat(found.reading().dependencies()).filteredOn(d -> d.name().equals("iniconfig"))
        .extracting(Dependency::scope).containsExactly("group:test");
  }

  @Test
  void pipfileLockWinsOverPipfileAndUvLockOverProject() {
    assertThat(files(ProjectManifests.find(project("pipenv")), project("pipenv"))).containsExactly("Pipfile.lock");
    assertThat(files(ProjectManifests.find(project("uv")), project("uv"))).containsExactly("uv.lock");
  }

  @Test
  void aTreeOfProjectsIsReadDirectoryByDirectoryWithoutEnvironments() {
    Path root = project("");
    ProjectManifests.Found found = ProjectManifests.find(root);
    assertThat(files(found, root)).containsExactly(
        "bad/Pipfile.lock", "bad/poetry.lock",
        "pdm/pdm.lock",
        "pep621/pyproject.toml",
        "pip/requirements-dev.txt", "pip/requirements.txt",
        "pipenv/Pipfile.lock",
        "poetry1/poetry.lock",
        "poetry2/poetry.lock",
        "poetry21/poetry.lock",
        "pylock/pylock.toml",
        "uv/uv.lock");
    assertThat(found.reading().dependencies()).noneMatch(d -> d.scope().equals("installed"));
    assertThat(found.reading().problems()).isNotEmpty();
  }

  @Test
  void requirementsFilesWithoutConstraintsFilesOrCompiledInputsAndEachEntryOnce() {
    Path root = project("pip");
    ProjectManifests.Found found = ProjectManifests.find(root);
    assertThat(files(found, root)).containsExactly("requirements-dev.txt", "requirements.txt");
    assertThat(found.reading().dependencies()).extracting(Fixtures::describe).containsExactly(
        "Django ==3.2.12 main 2", // included by requirements-dev.txt first, read again on its own: kept once
        "requests ==2.19.0 main 3", // pinned by the constraint
        "pytest ==6.2.4 main 2");
    assertThat(found.notes()).anySatisfy(n -> assertThat(n).endsWith("requirements.in: covered by requirements.txt"));
  }

  @Test
  void environmentsAreReadWhenAskedOrNamed() {
    Path root = project("venv");
    assertThat(ProjectManifests.find(root).files()).isEmpty();
    Path sitePackages = root.resolve("env/lib/python3.11/site-packages");
    assertThat(ProjectManifests.find(root, true).files()).containsExactly(sitePackages);
    assertThat(ProjectManifests.find(root.resolve("env")).files()).containsExactly(sitePackages);
    assertThat(ProjectManifests.find(sitePackages).reading().dependencies()).hasSize(3);
  }

  @Test
  void gitAndNodeModulesAreSkippedAndAFileCanBeNamed(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Files.createDirectories(dir.resolve("node_modules/x"));
    Files.writeString(dir.resolve(".git/pyproject.toml"), "[project]\ndependencies = [\"a==1\"]\n");
    Files.writeString(dir.resolve("node_modules/x/pyproject.toml"), "[project]\ndependencies = [\"a==1\"]\n");
    Files.writeString(dir.resolve("Pipfile"), "[packages]\nflask = \"==1.0\"\n");
    assertThat(files(ProjectManifests.find(dir), dir)).containsExactly("Pipfile");
    ProjectManifests.Found one = ProjectManifests.find(dir.resolve("Pipfile"));
    assertThat(one.reading().dependencies()).singleElement().extracting(d -> d.source().line()).isEqualTo(2);
    Files.writeString(dir.resolve("README.md"), "# hello\n");
    ProjectManifests.Found other = ProjectManifests.find(dir.resolve("README.md"));
    assertThat(other.reading().problems()).singleElement().extracting(ManifestProblem::message).asString()
        .startsWith("not a manifest");
    assertThat(ProjectManifests.find(dir.resolve("nowhere")).reading().problems()).singleElement()
        .extracting(ManifestProblem::message).isEqualTo("no such file or directory");
  }
}
