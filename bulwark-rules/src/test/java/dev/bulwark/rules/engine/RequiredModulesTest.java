package dev.bulwark.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.python.ast.Node;
import dev.bulwark.report.Finding;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleMetadata;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine skips a rule in a file that imports none of its {@link Rule#requiredModules()}. That is
 * only an optimisation when the rule could not have found anything there, so this runs every rule,
 * skippable and not, over every rule fixture (each fixture holds other rules' look-alikes too) and
 * wants the same findings both ways.
 */
class RequiredModulesTest {

  @Test
  void skippingARuleForWantOfImportsNeverLosesAFinding() throws IOException, URISyntaxException {
    List<ParseResult> fixtures = fixtures();
    assertThat(fixtures).hasSizeGreaterThan(50);
    int skippable = 0;
    for (Rule rule : BuiltinRules.all()) {
      if (rule.requiredModules().isEmpty()) {
        continue;
      }
      skippable++;
      RuleEngine gated = new RuleEngine(List.of(rule));
      RuleEngine everywhere = new RuleEngine(List.of(new RunsEverywhere(rule)));
      for (ParseResult f : fixtures) {
        List<Finding> expected = everywhere.check(f, f.path(), "fixture", false);
        assertThat(gated.check(f, f.path(), "fixture", false))
            .as("%s on %s", rule.metadata().id(), f.path()).isEqualTo(expected);
      }
    }
    assertThat(skippable).as("rules that name their modules").isGreaterThan(50);
  }

  @Test
  void aFileWithoutTheImportSkipsTheRule() {
    String text = "import os\nrandom.random()\nfrom random import random\n";
    ParseResult parsed = PythonParser.parseText(text, "t.py");
    Rule random = BuiltinRules.all().stream().filter(r -> r.metadata().id().equals("BW311")).findFirst().orElseThrow();
    assertThat(random.requiredModules()).containsExactly("random");
    assertThat(new RuleEngine(List.of(random)).check(parsed, "t.py", null, false)).isEmpty();
  }

  private static List<ParseResult> fixtures() throws IOException, URISyntaxException {
    Path root = Path.of(RequiredModulesTest.class.getResource("/dev/bulwark/rules").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".py")).sorted().map(RequiredModulesTest::parse)
          .filter(r -> r.module() != null).toList();
    }
  }

  private static ParseResult parse(Path file) {
    try {
      return PythonParser.parse(Files.readAllBytes(file), file.getFileName().toString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A rule with the same checks that claims to need no import, so the engine never skips it. */
  private record RunsEverywhere(Rule rule) implements Rule {
    @Override
    public RuleMetadata metadata() {
      return rule.metadata();
    }

    @Override
    public List<Class<? extends Node>> nodeKinds() {
      return rule.nodeKinds();
    }

    @Override
    public Set<String> requiredModules() {
      return Set.of();
    }

    @Override
    public void check(Node node, RuleContext context) {
      rule.check(node, context);
    }
  }
}
