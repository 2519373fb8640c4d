package dev.bulwark.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.report.Finding;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Pattern rules whose danger depends on their input, run with the taint rules: a call that request data
 * reaches is reported once, by the pattern rule, raised to critical and naming the source. The fixture
 * marks each finding as {@code # expect: ID SEVERITY [text the message holds]}.
 */
class InputSensitiveSeverityTest {

  private static final Set<String> PATTERN_RULES = Set.of("BW301", "BW506", "BW947", "BW307", "BW602", "BW605");

  @Test
  void taintRaisesThePatternFindingAndTakesThePlaceOfTheTaintFinding() throws IOException {
    String text = fixture("raised.py");
    List<Finding> findings = run(text, true);
    List<String> actual = new ArrayList<>();
    for (Finding f : findings) {
      actual.add(f.location().line() + " " + f.ruleId() + " " + f.severity().name().toLowerCase(Locale.ROOT));
    }
    List<String> expected = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int at = lines[i].indexOf("# expect: ");
      if (at < 0) {
        continue;
      }
      String[] words = lines[i].substring(at + "# expect: ".length()).strip().split(" ", 3);
      expected.add((i + 1) + " " + words[0] + " " + words[1]);
      if (words.length == 3) {
        int line = i + 1;
        Finding f = findings.stream().filter(x -> x.location().line() == line).findFirst().orElseThrow();
        assertThat(f.message()).as("line %d", line).contains("data from " + words[2] + " (line ");
        assertThat(f.flow()).as("the taint path, line %d", line).isNotEmpty();
      }
    }
    // no BW8xx finding: each was taken in by the pattern rule's finding of the same call
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void withoutTaintRulesNothingIsRaised() throws IOException {
    for (Finding f : run(fixture("raised.py"), false)) {
      assertThat(f.severity()).as(f.toString()).isNotEqualTo(Severity.CRITICAL);
      assertThat(f.message()).doesNotContain("data from");
    }
  }

  @Test
  void aTaintFindingStaysWhenNoPatternRuleReportsTheCall() throws IOException {
    List<Finding> findings = run(fixture("raised.py"), true, Set.of("BW301"));
    assertThat(findings).extracting(Finding::ruleId).contains("BW803", "BW808", "BW801");
    assertThat(findings).filteredOn(f -> f.ruleId().equals("BW301")).extracting(Finding::severity)
        .containsExactly(Severity.CRITICAL, Severity.MEDIUM, Severity.MEDIUM);
  }

  private static List<Finding> run(String text, boolean withTaint) {
    return run(text, withTaint, PATTERN_RULES);
  }

  private static List<Finding> run(String text, boolean withTaint, Set<String> patternRules) {
    List<Rule> rules = BuiltinRules.all().stream()
        .filter(r -> patternRules.contains(r.metadata().id())
            || (withTaint && r.metadata().id().startsWith("BW8") && r.metadata().id().length() == 5))
        .toList();
    ParseResult parsed = PythonParser.parseText(text, "raised.py");
    assertThat(parsed.error()).isEmpty();
    return new RuleEngine(rules).check(parsed, "raised.py", "raised", false);
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = InputSensitiveSeverityTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
