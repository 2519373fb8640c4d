package dev.bulwark.rules.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigurationRulesTest {

  @Test
  void listsRulesSortedByUniqueId() {
    List<String> ids = new ArrayList<>();
    for (Rule r : ConfigurationRules.all()) {
      ids.add(r.metadata().id());
    }
    assertThat(ids).isSorted().doesNotHaveDuplicates();
    assertThat(ids).hasSize(33);
  }

  @Test
  void everyRuleIsFullyDescribed() {
    Set<String> names = new HashSet<>();
    for (Rule r : ConfigurationRules.all()) {
      RuleMetadata m = r.metadata();
      assertThat(m.id()).matches("BW(1\\d\\d|2\\d\\d|3\\d\\d|6\\d\\d|7\\d\\d|9[6-8]\\d)");
      assertThat(m.name()).as(m.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(names.add(m.name())).as("unique name %s", m.name()).isTrue();
      assertThat(m.summary()).as(m.id()).isNotBlank().doesNotEndWith(".");
      assertThat(m.cwes()).as(m.id()).isNotEmpty();
      assertThat(m.since()).isEqualTo("0.1");
      RuleDoc d = m.doc();
      for (String section : List.of(d.whatItDoes(), d.whyBad(), d.example(), d.useInstead(), d.fix(),
          d.falsePositives())) {
        assertThat(section).as(m.id()).isNotBlank();
      }
      assertThat(d.falsePositives()).as(m.id()).contains("# bulwark: ignore[" + m.id() + "]");
      assertThat(d.references()).as(m.id())
          .contains("https://cwe.mitre.org/data/definitions/" + m.cwes().get(0) + ".html");
      assertThat(r.getClass().getResource(m.id() + ".py")).as("fixture of %s", m.id()).isNotNull();
    }
  }
}
