package dev.bulwark.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void maskKeepsAFewLeadingCharactersOnly() {
    assertThat(Masking.mask("ghp_Kq8Zr2Lm9Xw4Vb7Np3Ty6Hs1Jd5Fg0abcdef")).isEqualTo("ghp_************");
    assertThat(Masking.mask("hunter22")).isEqualTo("hu******");
    assertThat(Masking.mask("abc")).isEqualTo("****");
  }

  @Test
  void redactKeepsTheLineLengthSoCaretsStillPoint() {
    String line = "DB_PASSWORD=Tr0ub4dor-and-3  # prod";
    String red = Masking.redact(line, 12, 27);
    assertThat(red).hasSameSizeAs(line).isEqualTo("DB_PASSWORD=Tr*************  # prod");
    assertThat(Masking.redact(line, 40, 50)).isEqualTo(line);
  }

  @Test
  void entropyOrdersRandomAboveWords() {
    assertThat(Entropy.shannon("aaaaaaaa")).isZero();
    assertThat(Entropy.shannon("password")).isLessThan(3.0);
    assertThat(Entropy.shannon("a9F3kQ7mZ2xW8pL4vB6n")).isGreaterThan(4.0);
  }
}
