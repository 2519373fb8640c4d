package dev.bulwark.taint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The engine against fixtures with inline expectations (see {@link TaintCases}). */
class TaintAnalysisTest {

  @ParameterizedTest
  @ValueSource(strings = {"flow.py", "summaries.py", "frameworks.py", "django_views.py", "fastapi_app.py",
      "flask_converters.py", "classes.py", "yaml_loaders.py"})
  void matchesFixture(String fixture) throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("engine/" + fixture)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(TaintCases.differences(text, fixture)).isEmpty();
  }
}
