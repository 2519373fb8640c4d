package dev.bulwark.rules.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.report.Finding;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.engine.RuleEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs one rule over a fixture of this package, for tests that look beyond the lines flagged. */
final class Fixtures {
  private Fixtures() {}

  static String text(String fixture) {
    try (InputStream in = Fixtures.class.getResourceAsStream(fixture)) {
      assertThat(in).as("fixture %s", fixture).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Finding> findings(Rule rule, String fixture) {
    String text = text(fixture);
    ParseResult parsed = PythonParser.parseText(text, fixture);
    return new RuleEngine(List.of(rule)).check(parsed, fixture, "fixture", false);
  }

  /**
   * Checks that each finding's confidence is the one its fixture line names after the expected
   * code, e.g. {@code # expect: BW311 high}.
   */
  static void assertConfidenceTags(Rule rule, String fixture) {
    String[] lines = text(fixture).split("\n", -1);
    List<Finding> findings = findings(rule, fixture);
    assertThat(findings).isNotEmpty();
    for (Finding f : findings) {
      String line = lines[f.location().line() - 1];
      String tag = line.substring(line.indexOf(rule.metadata().id()) + rule.metadata().id().length()).strip();
      assertThat(f.confidence().name().toLowerCase(java.util.Locale.ROOT))
          .as("confidence of the finding on line %d: %s", f.location().line(), line.strip())
          .isEqualTo(tag);
    }
  }
}
