package dev.bulwark.rules.deserialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeserializationRulesTest {

  @Test
  void registryIsSortedByIdWithoutRepeats() {
    List<String> ids = new ArrayList<>();
    for (Rule rule : DeserializationRules.all()) {
      ids.add(rule.metadata().id());
    }
    assertThat(ids).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void everyRuleIsFullyDocumented() {
    for (Rule rule : DeserializationRules.all()) {
      RuleMetadata m = rule.metadata();
      RuleDoc doc = m.doc();
      assertThat(m.name()).as(m.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(m.summary()).as(m.id()).isNotBlank().doesNotEndWith(".");
      assertThat(m.cwes()).as(m.id()).isNotEmpty();
      assertThat(List.of(doc.whatItDoes(), doc.whyBad(), doc.example(), doc.useInstead(), doc.fix(),
          doc.falsePositives())).as(m.id()).allSatisfy(s -> assertThat(s).isNotBlank());
      assertThat(doc.falsePositives()).as(m.id()).contains("# bulwark: ignore[" + m.id() + "]");
      assertThat(doc.references()).as(m.id())
          .contains("https://cwe.mitre.org/data/definitions/" + m.cwes().get(0) + ".html");
    }
  }

  @Test
  void importChecksArePreviewAndCoverTheirBanditAndRuffCodes() {
    for (Rule rule : DeserializationRules.all()) {
      RuleMetadata m = rule.metadata();
      boolean importCheck = m.id().startsWith("BW4");
      assertThat(m.status()).as(m.id())
          .isEqualTo(importCheck ? RuleMetadata.Status.PREVIEW : RuleMetadata.Status.STABLE);
      if (importCheck) {
        String number = m.id().substring(2);
        assertThat(m.aliases()).as(m.id()).containsExactly("B" + number, "S" + number);
      }
    }
  }
}
