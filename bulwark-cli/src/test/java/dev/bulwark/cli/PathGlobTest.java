package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathGlobTest {

  @Test
  void doubleStarCrossesDirectories() {
    PathGlob tests = PathGlob.of("tests/**");

    assertThat(tests.matches("tests/test_a.py")).isTrue();
    assertThat(tests.matches("tests/unit/test_a.py")).isTrue();
    assertThat(tests.matches("src/tests/test_a.py")).isFalse();
    assertThat(PathGlob.of("**/test_*.py").matches("test_a.py")).isTrue();
    assertThat(PathGlob.of("**/test_*.py").matches("a/b/test_a.py")).isTrue();
  }

  @Test
  void singleStarStaysInOneSegment() {
    PathGlob gen = PathGlob.of("gen/*.py");

    assertThat(gen.matches("gen/a.py")).isTrue();
    assertThat(gen.matches("gen/sub/a.py")).isFalse();
    assertThat(PathGlob.of("src/?.py").matches("src/a.py")).isTrue();
    assertThat(PathGlob.of("src/[ab].py").matches("src/c.py")).isFalse();
    assertThat(PathGlob.of("src/[!ab].py").matches("src/c.py")).isTrue();
  }

  @Test
  void aPatternWithoutSlashMatchesANameAnywhere() {
    assertThat(PathGlob.of("conftest.py").matches("a/b/conftest.py")).isTrue();
    assertThat(PathGlob.of("migrations").matches("app/migrations")).isTrue();
    assertThat(PathGlob.of("migrations/").matches("app/migrations")).isTrue();
    assertThat(PathGlob.of("*.pyi").matches("pkg/stub.pyi")).isTrue();
  }

  @Test
  void dotsAndBackslashesAreLiteralOrNormalized() {
    assertThat(PathGlob.of("./src/a.py").matches("src/a.py")).isTrue();
    assertThat(PathGlob.of("src\\a.py").matches("src/a.py")).isTrue();
    assertThat(PathGlob.of("a.py").matches("axpy")).isFalse();
  }
}
