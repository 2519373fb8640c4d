package dev.bulwark.rules.injection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.report.Finding;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.engine.RuleEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs one rule on a fixture or on inline source. The shared verifier insists on at least one
 * expected finding and compares lines only; some look-alikes need a file of their own (a file that
 * never imports the library), and graded findings need their severity checked.
 */
final class FixtureRunner {
  private FixtureRunner() {}

  static void verifyNoFindings(Rule rule, String fixture) {
    String text;
    try (InputStream in = FixtureRunner.class.getResourceAsStream(fixture)) {
      assertThat(in).as("fixture %s", fixture).isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(findings(rule, text)).as("findings of %s on %s", rule.metadata().id(), fixture).isEmpty();
  }

  static List<Finding> findings(Rule rule, String source) {
    ParseResult parsed = PythonParser.parseText(source, "inline.py");
    assertThat(parsed.error()).as("source must parse").isEmpty();
    return new RuleEngine(List.of(rule)).check(parsed, "inline.py", "inline", false);
  }
}
