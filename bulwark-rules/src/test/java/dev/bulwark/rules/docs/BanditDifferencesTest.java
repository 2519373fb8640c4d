package dev.bulwark.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.rules.docs.BanditDifferences.Check;
import dev.bulwark.rules.docs.BanditDifferences.Group;
import dev.bulwark.rules.docs.BanditDifferences.Tool;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code bandit-differences.txt} must parse, name only known Bandit ids, and explain every differing line. */
class BanditDifferencesTest {

  private final BanditDifferences notes = BanditDifferences.load();

  @Test
  void everyIdIsInTheParityTableOnce() {
    Set<String> known = PeerCode.all().stream().map(PeerCode::banditId).collect(Collectors.toSet());
    List<String> ids = notes.checks().stream().map(Check::banditId).toList();

    assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
    assertThat(known).containsAll(ids);
  }

  @Test
  void everyIdTheTextsMentionIsInTheParityTable() {
    Set<String> known = PeerCode.all().stream().map(PeerCode::banditId).collect(Collectors.toSet());
    StringBuilder texts = new StringBuilder(notes.measured());
    notes.reasons().values().forEach(r -> texts.append('\n').append(r.title()).append('\n').append(r.text()));
    notes.checks().forEach(c -> c.groups().forEach(g -> texts.append('\n').append(notes.reasonOf(g))));

    Set<String> mentioned = Pattern.compile("\\bB\\d{3}\\b").matcher(texts).results().map(MatchResult::group)
        .collect(Collectors.toSet());

    assertThat(mentioned).isNotEmpty();
    assertThat(known).containsAll(mentioned);
  }

  @Test
  void theGroupsOfEachIdAddUpToItsFigures() {
    for (Check c : notes.checks()) {
      assertThat(c.explained(Tool.BANDIT)).as("%s: lines only Bandit reports", c.banditId()).isEqualTo(c.banditOnly());
      assertThat(c.explained(Tool.BULWARK)).as("%s: lines only Bulwark reports", c.banditId())
          .isEqualTo(c.bulwarkOnly());
      assertThat(c.groups()).as("%s: groups", c.banditId()).allSatisfy(g -> assertThat(g.lines()).isPositive());
    }
  }

  @Test
  void everySharedReasonIsUsedAndEveryTextFitsATableCell() {
    Set<String> used = new HashSet<>();
    for (Check c : notes.checks()) {
      for (Group g : c.groups()) {
        if (g.reasonKey() != null) {
          used.add(g.reasonKey());
        }
        assertThat(notes.reasonOf(g)).as("%s: reason", c.banditId()).isNotBlank().doesNotContain("|");
      }
    }
    assertThat(used).containsExactlyInAnyOrderElementsOf(notes.reasons().keySet());
    assertThat(notes.reasons().values()).allSatisfy(r -> assertThat(r.title()).doesNotEndWith("."));
  }

  @Test
  void readsTheFormat() {
    BanditDifferences parsed = BanditDifferences.parse(List.of(
        "# a comment",
        "measured: a tool on a tree",
        "reason old: An old parser | It cannot read new syntax.",
        "",
        "B101 5 2 1",
        "  bandit 2: Asserts in tests.",
        "  bulwark 1: @old",
        "B102 3 0 0"));

    assertThat(parsed.measured()).isEqualTo("a tool on a tree");
    assertThat(parsed.reasons().get("old").title()).isEqualTo("An old parser");
    assertThat(parsed.checks()).extracting(Check::banditId).containsExactly("B101", "B102");
    Check first = parsed.checks().get(0);
    assertThat(first.groups()).containsExactly(new Group(Tool.BANDIT, 2, null, "Asserts in tests."),
        new Group(Tool.BULWARK, 1, "old", null));
    assertThat(parsed.reasonOf(first.groups().get(1))).isEqualTo("An old parser");
    assertThat(parsed.checks().get(1).groups()).isEmpty();
  }

  @Test
  void rejectsLinesOutsideTheFormat() {
    assertThatThrownBy(() -> BanditDifferences.parse(List.of("measured: x", "B101 5 2", "  bandit 2: why")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    assertThatThrownBy(() -> BanditDifferences.parse(List.of("measured: x", "B101 1 1 0", "  bandit 1: @nowhere")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("@nowhere");
    assertThatThrownBy(() -> BanditDifferences.parse(List.of("measured: x", "  bandit 1: a group before any id")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    assertThatThrownBy(() -> BanditDifferences.parse(List.of("B101 1 0 0")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("measured");
  }
}
