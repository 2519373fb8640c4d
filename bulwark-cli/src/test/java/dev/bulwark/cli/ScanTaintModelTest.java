package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users' own taint models, from {@code taint-models} in the configuration and from {@code --taint-model}. */
class ScanTaintModelTest {

  /** An in-house request object and database wrapper the shipped models do not know. */
  private static final String APP = """
      from acme.web import current_request
      from acme.db import Database

      db = Database("shop")


      def search():
          name = current_request.form["name"]
          return db.raw("SELECT * FROM items WHERE name = '" + name + "'")


      def search_quoted():
          name = current_request.form["name"]
          return db.raw("SELECT * FROM items WHERE name = " + db.quote(name))
      """;

  private static final String MODEL = """
      # Acme's in-house framework
      requires acme
      source acme.web.current_request.form
      sink sql .raw 0|query
      sanitizer sql .quote
      """;

  @TempDir Path repo;

  @BeforeEach
  void repositoryRoot() throws IOException {
    Files.createDirectory(repo.resolve(".git"));
    write("app.py", APP);
  }

  @Test
  void aModelNamedInTheConfigurationFindsAFlowTheShippedModelsDoNotKnow() throws IOException {
    Cli.Result without = Cli.scan("--preview", "--select", "BW802", repo);
    assertThat(without.out()).doesNotContain("BW802");

    write("models/acme.model", MODEL);
    write("pyproject.toml", "[tool.bulwark]\nselect = [\"BW802\"]\ntaint-models = [\"models/acme.model\"]\n");
    Cli.Result r = Cli.scan(repo);

    assertThat(r.out()).contains("app.py:9:12: BW802 [high] current_request.form flows to db.raw");
    assertThat(r.out().lines().filter(l -> l.contains("BW802"))).as("the quoted query is clean").hasSize(1);
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void theOptionAddsAModelToo() throws IOException {
    Path model = write("acme.model", MODEL);
    Cli.Result r = Cli.scan("--no-config", "--select", "BW802", "--taint-model", model, repo);

    assertThat(r.out()).contains("app.py:9:12: BW802");
  }

  @Test
  void aBrokenModelIsAConfigurationErrorWithItsFileAndLine() throws IOException {
    write("models/acme.model", "requires acme\nsource acme.web.current_request.form\nsink sequel .raw 0\n");
    write("bulwark.toml", "taint-models = [\"models/acme.model\"]\n");
    Cli.Result r = Cli.scan("--preview", repo);

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(Path.of("models", "acme.model") + ":3: unknown sink kind 'sequel' (known: command, sql");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aMissingModelFileIsAConfigurationError() throws IOException {
    write("bulwark.toml", "preview = true\ntaint-models = [\"models/none.model\"]\n");
    Cli.Result r = Cli.scan(repo);

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("bulwark.toml:2: no taint model file 'models/none.model'");

    Cli.Result option = Cli.scan("--no-config", "--taint-model", repo.resolve("nowhere.model"), repo);
    assertThat(option.exitCode()).isEqualTo(2);
    assertThat(option.err()).contains("nowhere.model: no such model file");
  }

  @Test
  void taintModelsMustBeAListOfStrings() throws IOException {
    write("bulwark.toml", "taint-models = \"models/acme.model\"\n");
    Cli.Result r = Cli.scan(repo);

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("bulwark.toml:1: 'taint-models' must be a list of strings");
  }

  private Path write(String rel, String text) throws IOException {
    Path p = repo.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }
}
