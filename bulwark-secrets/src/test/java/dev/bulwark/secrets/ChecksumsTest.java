package dev.bulwark.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class ChecksumsTest {

  private static String withChecksum(String prefix, String random30) {
    CRC32 crc = new CRC32();
    crc.update(random30.getBytes(StandardCharsets.US_ASCII));
    return prefix + random30 + Checksums.base62(crc.getValue(), 6);
  }

  @Test
  void base62PadsToWidth() {
    assertThat(Checksums.base62(0, 6)).isEqualTo("000000");
    assertThat(Checksums.base62(61, 6)).isEqualTo("00000z");
    assertThat(Checksums.base62(62, 6)).isEqualTo("000010");
    assertThat(Checksums.base62(0xffffffffL, 6)).isEqualTo("4gfFC3");
  }

  @Test
  void githubStyleTokenNeedsItsCrc() {
    String good = withChecksum("ghp_", "Kq8Zr2Lm9Xw4Vb7Np3Ty6Hs1Jd5Fg0");
    assertThat(Checksums.crc32Base62(good)).isTrue();
    char last = good.charAt(good.length() - 1);
    String bad = good.substring(0, good.length() - 1) + (last == 'a' ? 'b' : 'a');
    assertThat(Checksums.crc32Base62(bad)).isFalse();
    assertThat(Checksums.crc32Base62("ghp_short")).isFalse();
  }

  @Test
  void jwtHeaderMustNameASigningAlgorithm() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String payload = b64.encodeToString("{\"sub\":\"1\"}".getBytes(StandardCharsets.UTF_8));
    String hs = b64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
    String none = b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
    String text = b64.encodeToString("not json at all".getBytes(StandardCharsets.UTF_8));
    assertThat(Checksums.jwt(hs + "." + payload + ".sig")).isTrue();
    assertThat(Checksums.jwt(none + "." + payload + ".sig")).isFalse();
    assertThat(Checksums.jwt(text + "." + payload + ".sig")).isFalse();
    assertThat(Checksums.jwt("!!!." + payload)).isFalse();
  }
}
