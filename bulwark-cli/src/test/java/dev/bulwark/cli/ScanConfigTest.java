package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration files and the options that override them, through {@code bulwark scan}. */
class ScanConfigTest {

  /** Three findings: BW101 [low] on line 2, BW102 [medium] on line 3, BW602 [high] on line 4. */
  private static final String THREE = "import subprocess\nassert x\nexec(code)\nsubprocess.call(cmd, shell=True)\n";

  @TempDir Path repo;

  @BeforeEach
  void repositoryRoot() throws IOException {
    Files.createDirectory(repo.resolve(".git"));
  }

  // ---- discovery and precedence ---------------------------------------------------------------

  @Test
  void pyprojectToolBulwarkIsFoundByWalkingUp() throws IOException {
    write("pyproject.toml", "[project]\nname = \"x\"\n\n[tool.bulwark]\nselect = [\"BW101\"]\n");
    Path f = write("src/pkg/a.py", THREE);

    assertThat(rules(Cli.scan(f))).isEqualTo("BW101");
    assertThat(rules(Cli.scan(repo.resolve("src")))).isEqualTo("BW101");
  }

  @Test
  void bulwarkTomlWinsOverPyprojectInTheSameDirectory() throws IOException {
    write("bulwark.toml", "select = [\"BW102\"]\n");
    write("pyproject.toml", "[tool.bulwark]\nselect = [\"BW101\"]\n");
    Path f = write("a.py", THREE);

    assertThat(rules(Cli.scan(f))).isEqualTo("BW102");
  }

  @Test
  void aNearerFileWins() throws IOException {
    write("bulwark.toml", "select = [\"BW101\"]\n");
    write("sub/bulwark.toml", "select = [\"BW602\"]\n");
    Path f = write("sub/a.py", THREE);

    assertThat(rules(Cli.scan(f))).isEqualTo("BW602");
  }

  @Test
  void aPyprojectWithoutTheTableIsPassedOver() throws IOException {
    write("pyproject.toml", "[tool.bulwark]\nselect = [\"BW101\"]\n");
    write("sub/pyproject.toml", "[project]\nname = \"sub\"\n[tool.ruff]\nline-length = 100\n");
    Path f = write("sub/a.py", THREE);

    assertThat(rules(Cli.scan(f))).isEqualTo("BW101");
  }

  @Test
  void theWalkStopsAtTheRepositoryRoot() throws IOException {
    write("bulwark.toml", "select = [\"BW101\"]\n");
    Files.createDirectories(repo.resolve("inner/.git"));
    Path f = write("inner/a.py", THREE);

    assertThat(rules(Cli.scan(f))).isEqualTo("BW101 BW102 BW602");
  }

  @Test
  void configNamesTheFileAndNoConfigIgnoresThem() throws IOException {
    write("bulwark.toml", "select = [\"BW101\"]\n");
    Path other = write("conf/strict.toml", "select = [\"BW602\"]\n");
    Path pyproject = write("conf/pyproject.toml", "[tool.bulwark]\nselect = [\"BW102\"]\n");
    Path f = write("a.py", THREE);

    assertThat(rules(Cli.scan("--config", other, f))).isEqualTo("BW602");
    assertThat(rules(Cli.scan("--config", pyproject, f))).isEqualTo("BW102");
    assertThat(rules(Cli.scan("--no-config", f))).isEqualTo("BW101 BW102 BW602");
  }

  @Test
  void optionsReplaceTheFilesKeys() throws IOException {
    write("bulwark.toml", "select = [\"BW101\", \"BW102\"]\nignore = [\"BW102\"]\nseverity = \"high\"\n");
    Path f = write("a.py", THREE);

    assertThat(rules(Cli.scan(f))).isEmpty(); // BW101 is low, below the file's severity
    assertThat(rules(Cli.scan("--severity", "low", f))).isEqualTo("BW101");
    assertThat(rules(Cli.scan("--severity", "low", "--ignore", "B101", f))).isEqualTo("BW102");
    // the file's severity = "high" still applies: BW102 is medium
    assertThat(rules(Cli.scan("--select", "S602,exec-used", f))).isEqualTo("BW602");
    // the file's ignore = ["BW102"] applies until --ignore replaces it
    assertThat(rules(Cli.scan("--select", "S602,exec-used", "--severity", "medium", f))).isEqualTo("BW602");
    assertThat(rules(Cli.scan("--select", "S602,exec-used", "--severity", "medium", "--ignore", "BW101", f)))
        .isEqualTo("BW102 BW602");
  }

  @Test
  void selectorsAreIdsNamesAliasesOrCwes() throws IOException {
    Path f = write("a.py", THREE);

    assertThat(rules(Cli.scan("--no-config", "--select", "CWE-78", f))).isEqualTo("BW602");
    assertThat(rules(Cli.scan("--no-config", "--select", "assert-used", "--select", "B102", f))).isEqualTo("BW101 BW102");
    assertThat(rules(Cli.scan("--no-config", "--ignore", "CWE-703,CWE-95", f))).isEqualTo("BW602");
  }

  @Test
  void confidenceThreshold() throws IOException {
    write("bulwark.toml", "confidence = \"high\"\n");
    Path f = write("a.py", "password = \"hunter2\"\nassert x\n"); // BW105 has medium confidence, BW101 high

    assertThat(rules(Cli.scan(f))).isEqualTo("BW101");
    assertThat(rules(Cli.scan("--confidence", "medium", f))).isEqualTo("BW105 BW101");
  }

  @Test
  void previewRulesRunWithThePreviewKeyOrWhenSelectedByName() throws IOException {
    Path f = write("a.py", "import pickle\n");

    assertThat(rules(Cli.scan("--no-config", f))).isEmpty();
    assertThat(rules(Cli.scan("--no-config", "--select", "BW403", f))).isEqualTo("BW403");
    assertThat(rules(Cli.scan("--no-config", "--select", "CWE-502", f))).isEmpty();
    write("bulwark.toml", "preview = true\n");
    assertThat(rules(Cli.scan(f))).isEqualTo("BW403");
  }

  @Test
  void perPathIgnoresMatchPathsRelativeToTheConfigFile() throws IOException {
    write("pyproject.toml", "[tool.bulwark.per-path-ignores]\n\"tests/**\" = [\"BW101\"]\n\"conftest.py\" = [\"exec-used\"]\n");
    Path test = write("tests/unit/test_a.py", "assert x  # bulwark: ignore[BW101]\nexec(code)\n");
    Path conftest = write("tests/conftest.py", "assert x\nexec(code)\n");
    Path src = write("src/a.py", "assert x\n");

    Cli.Result r = Cli.scan(repo);

    assertThat(r.out()).isEqualTo(src + ":1:1: BW101 [low] assert is removed under python -O: this check will not run in optimised mode\n"
        + test + ":2:1: BW102 [medium] " + execMessage() + "\n");
    // pyproject.toml is read for secrets too
    assertThat(r.err()).isEqualTo("4 files scanned, 2 findings, 0 with syntax errors\n");
    assertThat(conftest).exists();
  }

  @Test
  void excludeSkipsFilesFoundBelowThePathsAndFilesNamedOneByOne() throws IOException {
    write("bulwark.toml", "exclude = [\"legacy\", \"gen/*.py\"]\n");
    write("legacy/old.py", "assert x\n");
    write("gen/g.py", "assert x\n");
    write("gen/sub/kept.py", "assert x\n");
    Path named = write("legacy/named.py", "assert x\n");
    Path generated = write("gen/named.py", "assert x\n");

    assertThat(Cli.scan(repo).out()).isEqualTo(
        repo.resolve("gen/sub/kept.py") + ":1:1: BW101 [low] assert is removed under python -O: this check will not run in optimised mode\n");
    // pre-commit passes changed files one by one: an excluded file stays excluded
    Cli.Result one = Cli.scan(named, generated);
    assertThat(one.out()).isEmpty();
    assertThat(one.err()).isEqualTo("0 files scanned, 0 findings, 0 with syntax errors\n");
    assertThat(one.exitCode()).isZero();
    // and so does a directory, named or not
    assertThat(Cli.scan(repo.resolve("legacy")).err()).startsWith("0 files scanned");
  }

  // ---- errors ---------------------------------------------------------------------------------

  @Test
  void tomlSyntaxErrorIsOneLineWithFileAndLine() throws IOException {
    Path conf = write("bulwark.toml", "select = [\"BW101\"]\nseverity = \n");
    Path f = write("a.py", THREE);

    Cli.Result r = Cli.scan(f);

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("bulwark scan: error: " + conf + ":2: invalid TOML: Newline not permitted here\n");
  }

  @Test
  void unknownKeyNamesTheKeyFileAndLine() throws IOException {
    Path conf = write("pyproject.toml", "[project]\nname = \"x\"\n\n[tool.bulwark]\nselect = [\"BW101\"]\nfail_on = \"high\"\n");
    Path f = write("a.py", THREE);

    Cli.Result r = Cli.scan(f);

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("bulwark scan: error: " + conf + ":6: unknown key 'fail_on' in [tool.bulwark]"
        + " (known keys: select, ignore, severity, confidence, per-path-ignores, exclude, fail-on, preview, allow-secrets, taint-models, taint-local-sources)\n");
  }

  @Test
  void unknownRuleCodeIsNamed() throws IOException {
    Path conf = write("bulwark.toml", "\nignore = [\"B101\", \"BW999\"]\n");
    Path f = write("a.py", THREE);

    Cli.Result inFile = Cli.scan(f);
    Cli.Result inOption = Cli.scan("--no-config", "--select", "BW602,S9999", f);
    write("sub/bulwark.toml", "[per-path-ignores]\n\"*.py\" = [\"nope\"]\n");
    Cli.Result inTable = Cli.scan(write("sub/b.py", THREE));

    assertThat(inFile.exitCode()).isEqualTo(2);
    assertThat(inFile.err()).isEqualTo("bulwark scan: error: " + conf + ":2: unknown rule code 'BW999' in 'ignore'"
        + " (see 'bulwark rules' for the codes)\n");
    assertThat(inOption.exitCode()).isEqualTo(2);
    assertThat(inOption.err()).isEqualTo("bulwark scan: error: unknown rule code 'S9999' in --select"
        + " (see 'bulwark rules' for the codes)\n");
    assertThat(inTable.exitCode()).isEqualTo(2);
    assertThat(inTable.err()).isEqualTo("bulwark scan: error: " + repo.resolve("sub/bulwark.toml")
        + ":1: unknown rule code 'nope' in 'per-path-ignores' (see 'bulwark rules' for the codes)\n");
  }

  @Test
  void wrongValuesAreNamed() throws IOException {
    Path f = write("a.py", THREE);
    Path list = write("c1.toml", "select = \"BW101\"\n");
    Path level = write("c2.toml", "\n\nseverity = \"severe\"\n");
    Path flag = write("c3.toml", "preview = \"yes\"\n");

    assertThat(Cli.scan("--config", list, f).err()).isEqualTo(
        "bulwark scan: error: " + list + ":1: 'select' must be a list of strings, e.g. [\"BW101\"]\n");
    assertThat(Cli.scan("--config", level, f).err()).isEqualTo(
        "bulwark scan: error: " + level + ":3: 'severity' must be one of low, medium, high, critical, not \"severe\"\n");
    assertThat(Cli.scan("--config", flag, f).err()).isEqualTo(
        "bulwark scan: error: " + flag + ":1: 'preview' must be true or false, not \"yes\"\n");
    assertThat(Cli.scan("--no-config", "--severity", "severe", f).err()).isEqualTo(
        "bulwark scan: error: unknown level 'severe' for --severity (use one of low, medium, high, critical)\n");
  }

  @Test
  void aConfigFileThatCannotBeUsedIsAUsageError() throws IOException {
    Path f = write("a.py", THREE);
    Path bare = write("conf/pyproject.toml", "[project]\nname = \"x\"\n");

    Cli.Result missing = Cli.scan("--config", repo.resolve("nope.toml"), f);
    Cli.Result noTable = Cli.scan("--config", bare, f);
    Cli.Result both = Cli.scan("--config", bare, "--no-config", f);

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("bulwark scan: error: " + repo.resolve("nope.toml") + ": no such configuration file\n");
    assertThat(noTable.exitCode()).isEqualTo(2);
    assertThat(noTable.err()).isEqualTo("bulwark scan: error: " + bare + ": no [tool.bulwark] table\n");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).startsWith("bulwark scan: --config and --no-config cannot be used together\n");
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** The rule ids reported, in output order, separated by spaces. */
  private static String rules(Cli.Result r) {
    assertThat(r.exitCode()).as(r.err()).isLessThan(2);
    return String.join(" ", r.out().lines().map(l -> l.split(": ")[1].split(" ")[0]).toList());
  }

  private static String execMessage() {
    return "exec runs code built at run time: anyone who controls it runs Python in this process";
  }

  private Path write(String name, String text) throws IOException {
    Path file = repo.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
