package dev.bulwark.deps.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Specifier behaviour beyond the table: the API, policy details and error messages. */
class SpecifierTest {

  private static Version v(String text) {
    return Version.parse(text);
  }

  @Test
  void exclusiveComparisonsThatNameAPrereleaseAdmitPrereleasesByDefault() {
    // the facts file: a specifier that names a pre-release opts in (old packaging 21.3 ignores
    // this for < and >, so these cases live here rather than in the crosschecked table)
    assertThat(SpecifierSet.parse(">1.0a1").contains(v("1.0a2"))).isTrue();
    assertThat(SpecifierSet.parse("<2.0rc1").contains(v("2.0b1"))).isTrue();
    assertThat(SpecifierSet.parse("!=1.0a1").contains(v("1.0a2"))).isFalse();
  }

  @Test
  void wildcardIgnoresMissingTrailingZerosOnEitherSide() {
    // newer packaging releases and the facts file agree; packaging 21.3 does not pad here
    assertThat(SpecifierSet.parse("==1.0.0.*").contains(v("1.0a1"), true)).isTrue();
    assertThat(SpecifierSet.parse("==1.0.0.*").contains(v("1"))).isTrue();
  }

  @Test
  void exactPins() {
    assertThat(SpecifierSet.parse("==1.2.3").exactPin()).contains("1.2.3");
    assertThat(SpecifierSet.parse(" === 1.0-Legacy ").exactPin()).contains("1.0-Legacy");
    assertThat(SpecifierSet.parse("==1.2.*").exactPin()).isEmpty();
    assertThat(SpecifierSet.parse("~=1.2").exactPin()).isEmpty();
    assertThat(SpecifierSet.parse("==1.2,!=1.3").exactPin()).isEmpty();
    assertThat(SpecifierSet.parse("").exactPin()).isEmpty();
  }

  @Test
  void rawTextOnlyMatchesArbitraryEquality() {
    assertThat(SpecifierSet.parse("===0.1-Bulbasaur").containsRawText("0.1-bulbasaur", false)).isTrue();
    assertThat(SpecifierSet.parse("==0.1").containsRawText("0.1-bulbasaur", false)).isFalse();
    assertThat(SpecifierSet.any().containsRawText("0.1-bulbasaur", false)).isFalse();
    assertThat(SpecifierSet.parse(">=1").containsRawText("1.5", false)).isTrue();
  }

  @Test
  void accessorsAndRendering() {
    SpecifierSet set = SpecifierSet.parse(" >= 1.0 , < 2 ,!=1.5.*");
    assertThat(set.text()).isEqualTo(" >= 1.0 , < 2 ,!=1.5.*");
    assertThat(set.toString()).isEqualTo(">=1.0,<2,!=1.5.*");
    assertThat(set.specifiers()).extracting(Specifier::operator).containsExactly(
        Specifier.Operator.GREATER_EQUAL, Specifier.Operator.LESS, Specifier.Operator.NOT_EQUAL);
    assertThat(set.specifiers().get(2).isWildcard()).isTrue();
    assertThat(set).isEqualTo(SpecifierSet.parse(">=1.0,<2,!=1.5.*"));
    assertThat(SpecifierSet.any().isEmpty()).isTrue();
    assertThat(SpecifierSet.any().contains(v("0.0.1"))).isTrue();
    assertThat(Specifier.parse("~=1.4.5").matches(v("1.4.9"))).isTrue();
  }

  @Test
  void singleSpecifierAppliesThePolicyToo() {
    assertThat(Specifier.parse(">=1.0").contains(v("1.5a1"))).isFalse();
    assertThat(Specifier.parse(">=1.0").contains(v("1.5a1"), true)).isTrue();
    assertThat(Specifier.parse(">=1.0").matches(v("1.5a1"))).isTrue();
  }

  @Test
  void errorsPointAtTheBadClause() {
    assertThatThrownBy(() -> SpecifierSet.parse(">=1.0,<2.x"))
        .isInstanceOf(VersionSyntaxException.class)
        .hasMessageStartingWith("invalid version specifier '>=1.0,<2.x': ")
        .hasMessageEndingWith("at position 8");
    assertThatThrownBy(() -> SpecifierSet.parse(">=1.0,,<2"))
        .hasMessage("invalid version specifier '>=1.0,,<2': empty clause at position 6");
    assertThatThrownBy(() -> SpecifierSet.parse("1.0"))
        .hasMessageContaining("expected an operator")
        .hasMessageEndingWith("at position 0");
    assertThatThrownBy(() -> Specifier.parse("==1.0+x.*")).hasMessageContaining("wildcard");
    assertThatThrownBy(() -> Specifier.parse(">=1.0+x")).hasMessageContaining("local version label");
    assertThatThrownBy(() -> Specifier.parse("~=1")).hasMessageContaining("two release numbers");
    assertThat(SpecifierSet.tryParse("=>1")).isEmpty();
  }
}
