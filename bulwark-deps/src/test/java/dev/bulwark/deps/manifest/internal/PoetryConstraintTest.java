package dev.bulwark.deps.manifest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoetryConstraintTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "^1.2.3 ; >=1.2.3,<2.0.0 ; ",
    "^0.2.3 ; >=0.2.3,<0.3.0 ; ",
    "^0.0.3 ; >=0.0.3,<0.0.4 ; ",
    "^0 ; >=0,<1 ; ",
    "~1.2.3 ; >=1.2.3,<1.3.0 ; ",
    "~1.2 ; >=1.2,<1.3 ; ",
    "~1 ; >=1,<2 ; ",
    "1.2.3 ; ==1.2.3 ; 1.2.3",
    "==1.2.3 ; ==1.2.3 ; 1.2.3",
    "* ; '' ; ",
    "'' ; '' ; ",
    ">=1.0 <2.0 ; >=1.0,<2.0 ; ",
    ">= 1.0, < 2 ; >=1.0,<2 ; ",
    "1.2.* ; ==1.2.* ; ",
    "~=1.4.5 ; ~=1.4.5 ; ",
    "^1.0 || ^2.0 ; ^1.0 || ^2.0 ; ",
  })
  void translations(String constraint, String specifier, String pin) {
    PoetryConstraint.Translated t = PoetryConstraint.translate(constraint);
    assertThat(t.specifier()).isEqualTo(specifier);
    assertThat(t.pin().orElse(null)).isEqualTo(pin);
  }
}
