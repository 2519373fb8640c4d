package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalog's own rules: ids and names unique and well-formed, every rule documented and tested. */
class BuiltinRulesTest {

  private final List<Rule> rules = BuiltinRules.all();

  @Test
  void idsAndNamesAreUniqueAndWellFormed() {
    Set<String> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Rule rule : rules) {
      RuleMetadata m = rule.metadata();
      assertThat(ids.add(m.id())).as("duplicate id %s", m.id()).isTrue();
      assertThat(names.add(m.name())).as("duplicate name %s", m.name()).isTrue();
      assertThat(m.id()).matches("BW\\d{3}");
      assertThat(m.name()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(m.summary()).as("%s summary", m.id()).isNotBlank().doesNotEndWith(".");
      assertThat(m.cwes()).as("%s CWE", m.id()).isNotEmpty();
      for (String alias : m.aliases()) {
        assertThat(alias).as("%s alias", m.id()).matches("(B|S)\\d{3}|[A-Z]+\\d+");
      }
    }
  }

  @Test
  void listIsSortedById() {
    List<String> ids = rules.stream().map(r -> r.metadata().id()).toList();
    assertThat(ids).isSorted();
  }

  @Test
  void everyRuleIsDocumentedInEverySection() {
    for (Rule rule : rules) {
      RuleDoc d = rule.metadata().doc();
      String id = rule.metadata().id();
      assertThat(List.of(d.whatItDoes(), d.whyBad(), d.example(), d.useInstead(), d.fix(), d.falsePositives()))
          .as("%s doc sections", id).allSatisfy(s -> assertThat(s).isNotBlank());
      assertThat(d.references()).as("%s references", id).isNotEmpty();
      assertThat(d.falsePositives()).as("%s says how to silence one finding", id).contains("ignore[" + id + "]");
    }
  }

  @Test
  void everyRuleHasAFixtureAndATestBesideIt() {
    for (Rule rule : rules) {
      String id = rule.metadata().id();
      assertThat(rule.getClass().getResource(id + ".py")).as("fixture %s.py next to %s", id, rule.getClass().getName())
          .isNotNull();
      String test = rule.getClass().getName() + "Test";
      assertThat(classExists(test)).as("test class %s", test).isTrue();
    }
  }

  private static boolean classExists(String name) {
    // the test sources sit on the same class path; asking the loader is not reflection on the rules
    return RuleVerifier.class.getClassLoader().getResource(name.replace('.', '/') + ".class") != null;
  }
}
