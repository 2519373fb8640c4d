package dev.bulwark.python.ast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed tree sources must be exactly what {@link AstGenerator} makes of the spec. */
class AstSpecUpToDateTest {

  @Test
  void generatedSourcesMatchTheSpec() throws IOException {
    Path module = Path.of("").toAbsolutePath();
    Map<String, String> expected = AstGenerator.generate(Files.readString(module.resolve("src/main/spec/python-ast.spec")));
    Path dir = module.resolve("src/main/java/dev/bulwark/python/ast");
    assertThat(expected).isNotEmpty();
    for (Map.Entry<String, String> e : expected.entrySet()) {
      assertThat(Files.readString(dir.resolve(e.getKey())))
          .as("%s is stale: run java bulwark-python/src/test/java/dev/bulwark/python/ast/AstGenerator.java", e.getKey())
          .isEqualTo(e.getValue());
    }
  }
}
