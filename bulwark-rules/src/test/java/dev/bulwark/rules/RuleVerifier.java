package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.bulwark.python.Comment;
import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.report.Finding;
import dev.bulwark.rules.engine.RuleEngine;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Checks a rule against its fixture. A fixture line that must be flagged carries
 * {@code # expect: CODE} at its end, or a comment line {@code # expect: CODE} stands just above it;
 * every other line must stay clean. Fails on missed and on unexpected findings alike.
 */
public final class RuleVerifier {
  private RuleVerifier() {}

  /** Verifies {@code rule} against the resource {@code fixture}, relative to the rule's package. */
  public static void verify(Rule rule, String fixture) {
    String text = read(rule, fixture);
    ParseResult parsed = PythonParser.parseText(text, fixture);
    assertThat(parsed.error()).as("fixture %s must parse", fixture).isEmpty();
    String id = rule.metadata().id();
    TreeSet<Integer> expected = expectedLines(parsed.comments(), text, id);
    assertThat(expected).as("fixture %s must expect at least one %s finding", fixture, id).isNotEmpty();
    List<Finding> findings = new RuleEngine(List.of(rule)).check(parsed, fixture, "fixture", false);
    TreeSet<Integer> actual = new TreeSet<>();
    for (Finding f : findings) {
      assertThat(f.ruleId()).isEqualTo(id);
      actual.add(f.location().line());
    }
    TreeSet<Integer> missed = new TreeSet<>(expected);
    missed.removeAll(actual);
    TreeSet<Integer> unexpected = new TreeSet<>(actual);
    unexpected.removeAll(expected);
    if (!missed.isEmpty() || !unexpected.isEmpty()) {
      fail("%s on %s: missed lines %s, unexpected findings on lines %s%n%s", id, fixture, missed, unexpected,
          describe(findings));
    }
  }

  private static String describe(List<Finding> findings) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : findings) {
      sb.append("  ").append(f.location().line()).append(": ").append(f.message()).append('\n');
    }
    return sb.toString();
  }

  static TreeSet<Integer> expectedLines(List<Comment> comments, String text, String id) {
    String[] lines = text.split("\n", -1);
    TreeSet<Integer> expected = new TreeSet<>();
    for (Comment c : comments) {
      String body = c.text().substring(1).strip();
      if (!body.startsWith("expect:")) {
        continue;
      }
      List<String> codes = new ArrayList<>();
      for (String code : body.substring("expect:".length()).split("[,\\s]+")) {
        if (!code.isBlank()) {
          codes.add(code.strip());
        }
      }
      if (!codes.contains(id)) {
        continue;
      }
      int line = c.range().line();
      boolean commentOnly = lines[line - 1].strip().startsWith("#");
      if (commentOnly) {
        line++;
        while (line <= lines.length && (lines[line - 1].isBlank() || lines[line - 1].strip().startsWith("#"))) {
          line++;
        }
      }
      expected.add(line);
    }
    return expected;
  }

  private static String read(Rule rule, String fixture) {
    try (InputStream in = rule.getClass().getResourceAsStream(fixture)) {
      if (in == null) {
        throw new AssertionError("no fixture " + fixture + " next to " + rule.getClass().getName());
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
