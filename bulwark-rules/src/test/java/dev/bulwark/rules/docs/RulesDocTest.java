package dev.bulwark.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.rules.BuiltinRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code docs/rules.md} must be what the rules' metadata renders to. */
class RulesDocTest {

  private static final Path DOC = Path.of("").toAbsolutePath().getParent().resolve("docs/rules.md");

  @Test
  void docsRulesMdIsUpToDate() throws IOException {
    String expected = RuleCatalogDoc.markdown(BuiltinRules.all());
    if (Boolean.getBoolean("bulwark.updateDocs")) {
      Files.createDirectories(DOC.getParent());
      Files.writeString(DOC, expected);
    }
    assertThat(DOC).as("docs/rules.md exists").exists();
    assertThat(Files.readString(DOC))
        .as("docs/rules.md is stale: mvn -pl bulwark-rules test -Dtest=RulesDocTest -Dbulwark.updateDocs=true")
        .isEqualTo(expected);
  }
}
