package dev.bulwark.rules.injection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class InjectionRulesTest {

  @Test
  void sortedByIdWithUniqueIdsAndNames() {
    List<String> ids = new ArrayList<>();
    HashSet<String> names = new HashSet<>();
    for (Rule rule : InjectionRules.all()) {
      ids.add(rule.metadata().id());
      assertThat(names.add(rule.metadata().name())).as("name %s", rule.metadata().name()).isTrue();
    }
    assertThat(ids).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void everyRuleIsFullyDocumented() {
    for (Rule rule : InjectionRules.all()) {
      RuleMetadata m = rule.metadata();
      RuleDoc d = m.doc();
      assertThat(m.id()).matches("BW(1\\d\\d|3\\d\\d|6\\d\\d|9(0\\d|1\\d))");
      assertThat(m.name()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(m.summary()).isNotBlank().doesNotEndWith(".");
      assertThat(m.cwes()).isNotEmpty();
      assertThat(List.of(d.whatItDoes(), d.whyBad(), d.example(), d.useInstead(), d.fix(), d.falsePositives()))
          .as("doc of %s", m.id()).allSatisfy(s -> assertThat(s).isNotBlank());
      assertThat(d.falsePositives()).contains("# bulwark: ignore[" + m.id() + "]");
      assertThat(d.references()).anySatisfy(r -> assertThat(r).contains("cwe.mitre.org"));
      assertThat(d.references()).hasSizeGreaterThanOrEqualTo(2);
      if (m.id().compareTo("BW900") < 0) {
        String number = m.id().substring(2);
        assertThat(m.aliases()).containsExactly("B" + number, "S" + number);
      }
    }
  }
}
