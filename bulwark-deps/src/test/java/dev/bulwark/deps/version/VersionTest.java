package dev.bulwark.deps.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VersionTest {

  @Test
  void surroundingWhitespaceIsTrimmed() {
    assertThat(Version.parse("  1.0\t\n").toString()).isEqualTo("1.0");
    assertThat(Version.parse(" v1.0rc1 ")).isEqualTo(Version.parse("1.0rc1"));
  }

  @Test
  void partsAreExposed() {
    Version v = Version.parse("1!2.3.4rc5.post6.dev7+Ubuntu-8");
    assertThat(v.epoch()).isEqualTo(1);
    assertThat(v.release()).containsExactly(2L, 3L, 4L);
    assertThat(v.major()).isEqualTo(2);
    assertThat(v.minor()).isEqualTo(3);
    assertThat(v.micro()).isEqualTo(4);
    assertThat(v.releaseAt(7)).isZero();
    assertThat(v.pre()).contains(new PreRelease(PreRelease.Kind.RC, 5));
    assertThat(v.post()).hasValue(6);
    assertThat(v.dev()).hasValue(7);
    assertThat(v.local()).contains("ubuntu.8");
    assertThat(v.publicVersion().toString()).isEqualTo("1!2.3.4rc5.post6.dev7");
    assertThat(v.baseVersion().toString()).isEqualTo("1!2.3.4");
  }

  @Test
  void predicates() {
    assertThat(Version.parse("1.0a1").isPrerelease()).isTrue();
    assertThat(Version.parse("1.0.dev1").isPrerelease()).isTrue();
    assertThat(Version.parse("1.0.post1.dev1").isPrerelease()).isTrue();
    assertThat(Version.parse("1.0.post1").isPrerelease()).isFalse();
    assertThat(Version.parse("1.0+local").isPrerelease()).isFalse();
    assertThat(Version.parse("1.0.post1.dev1").isDevrelease()).isTrue();
    assertThat(Version.parse("1.0.post1.dev1").isPostrelease()).isTrue();
    assertThat(Version.parse("1.0rc1").isPostrelease()).isFalse();
    assertThat(Version.parse("1.0rc1").isDevrelease()).isFalse();
    assertThat(Version.parse("1.0+x").isLocal()).isTrue();
    assertThat(Version.parse("1.0").local()).isEmpty();
    assertThat(Version.parse("1.0").pre()).isEmpty();
    assertThat(Version.parse("1.0").post()).isEmpty();
  }

  @Test
  void errorsNameTheTextAndPosition() {
    assertThatThrownBy(() -> Version.parse("1.0-"))
        .isInstanceOf(VersionSyntaxException.class)
        .hasMessage("invalid version '1.0-': unexpected '-' at position 3");
    assertThatThrownBy(() -> Version.parse("  1.0.x"))
        .hasMessage("invalid version '  1.0.x': unexpected '.' at position 5");
    assertThatThrownBy(() -> Version.parse("1.0+"))
        .hasMessage("invalid version '1.0+': expected a local label after '+' at position 4");
    assertThatThrownBy(() -> Version.parse(""))
        .hasMessage("invalid version '': empty version at position 0");
    VersionSyntaxException e = catchSyntax(() -> Version.parse("a3"));
    assertThat(e.text()).isEqualTo("a3");
    assertThat(e.position()).isZero();
    assertThat(e.getMessage()).contains("expected a release number");
  }

  @Test
  void hugeNumbersAreRejectedNotWrapped() {
    assertThatThrownBy(() -> Version.parse("1.1234567890123456789")).hasMessageContaining("number too large");
    assertThat(Version.parse("1.000000000000000000000001").toString()).isEqualTo("1.1");
    // local labels keep arbitrarily long digit runs and still order them numerically
    assertThat(Version.parse("1.0+99999999999999999999999").compareTo(Version.parse("1.0+100000000000000000000000")))
        .isNegative();
  }

  @Test
  void tryParseNeverThrows() {
    assertThat(Version.tryParse("0.1-bulbasaur")).isEmpty();
    assertThat(Version.tryParse(null)).isEmpty();
    assertThat(Version.tryParse("1.0")).contains(Version.parse("1.0.0"));
    assertThat(Version.isValid("2019-09-12")).isFalse();
  }

  @Test
  void equalVersionsHashAlike() {
    assertThat(Version.parse("1.0.0.0").hashCode()).isEqualTo(Version.parse("1").hashCode());
    assertThat(Version.parse("1.0+007").hashCode()).isEqualTo(Version.parse("1.0+7").hashCode());
    assertThat(Version.parse("0").hashCode()).isEqualTo(Version.parse("0.0").hashCode());
  }

  @Test
  void sortingAShuffledChainRestoresIt() {
    List<String> chain = List.of(
        "2.dev0", "2.0.dev3", "2.0a1", "2.0a2.dev1", "2.0a2", "2.0a10", "2.0b1.post1", "2.0rc1.dev2",
        "2.0rc1", "2.0", "2.0+abc.1", "2.0+abc.2", "2.0+abc.2.x", "2.0+7", "2.0.post1.dev1",
        "2.0.post1", "2.0.1", "2.1.dev0", "1!0.1");
    List<Version> versions = new ArrayList<>();
    for (String text : chain) {
      versions.add(Version.parse(text));
    }
    List<Version> shuffled = new ArrayList<>(versions);
    Collections.shuffle(shuffled, new Random(440));
    Collections.sort(shuffled);
    assertThat(shuffled).containsExactlyElementsOf(versions);
  }

  private static VersionSyntaxException catchSyntax(Runnable r) {
    try {
      r.run();
    } catch (VersionSyntaxException e) {
      return e;
    }
    throw new AssertionError("expected a VersionSyntaxException");
  }
}
