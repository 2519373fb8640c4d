package dev.bulwark.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;

/** Checks that some token formats carry in the token itself. */
final class Checksums {
  private Checksums() {}

  private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  /**
   * GitHub's token format (since 2021), also used by npm: a prefix and {@code _}, 30 random base62
   * characters, then the CRC32 of those 30 characters in base62, left-padded with zeros to 6.
   */
  static boolean crc32Base62(String token) {
    int underscore = token.lastIndexOf('_');
    String body = token.substring(underscore + 1);
    if (body.length() != 36) {
      return false;
    }
    CRC32 crc = new CRC32();
    crc.update(body.substring(0, 30).getBytes(StandardCharsets.US_ASCII));
    return base62(crc.getValue(), 6).equals(body.substring(30));
  }

  static String base62(long value, int width) {
    StringBuilder out = new StringBuilder();
    long v = value;
    do {
      out.append(BASE62.charAt((int) (v % 62)));
      v /= 62;
    } while (v > 0);
    while (out.length() < width) {
      out.append('0');
    }
    return out.reverse().toString();
  }

  /**
   * A JSON Web Token: three base64url parts whose first decodes to a JSON object naming a signing
   * algorithm other than {@code none} (an unsigned token proves nothing and grants nothing).
   */
  static boolean jwt(String token) {
    int dot = token.indexOf('.');
    if (dot < 0) {
      return false;
    }
    String header;
    try {
      header = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    String compact = header.replace(" ", "");
    return compact.startsWith("{") && compact.contains("\"alg\":") && !compact.contains("\"alg\":\"none\"");
  }
}
