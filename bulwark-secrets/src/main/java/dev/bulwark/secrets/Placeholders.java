package dev.bulwark.secrets;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Values that stand in for a secret in documentation, templates and examples, not real ones. */
final class Placeholders {
  private Placeholders() {}

  /** Words that a generated token practically never holds but samples do. */
  private static final List<String> SAMPLE_WORDS = List.of("example", "xxxx", "your", "sample", "dummy",
      "placeholder", "redacted", "changeme", "change_me", "123456", "abcdef", "0000000", "insert", "replace",
      "fake", "test1234", "secret-here", "here");

  /** Whole values that only name or hide a secret. */
  private static final Set<String> WHOLE = Set.of("", "none", "null", "nil", "undefined", "true", "false", "todo",
      "tbd", "fixme", "secret", "password", "passwd", "token", "changeit", "notset", "not_set", "unset", "empty",
      "hidden", "default", "required", "optional", "string", "str", "test", "admin");

  /**
   * Whether a token-shaped value is a sample: it spells out a sample word, is made of one character
   * repeated, or contains a mask ({@code *}, {@code ...}).
   */
  static boolean isSampleToken(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    for (String w : SAMPLE_WORDS) {
      if (v.contains(w)) {
        return true;
      }
    }
    return v.contains("*") || v.contains("...") || longestRun(v) >= 6;
  }

  /**
   * Whether a value given to a secret-named key is no real secret: empty, a well-known placeholder,
   * a mask, a reference to something else ({@code ${VAR}}, {@code $VAR}, {@code %(x)s},
   * {@code {{ x }}}, {@code <your-key>}), or a sample token.
   */
  static boolean isPlaceholderValue(String value) {
    String v = value.strip();
    String lower = v.toLowerCase(Locale.ROOT);
    if (WHOLE.contains(lower) || v.length() < 4) {
      return true;
    }
    if (v.startsWith("$") || v.startsWith("%") || v.contains("{{") || v.contains("${") || v.startsWith("<")
        || v.startsWith("{") || v.startsWith("[") || v.endsWith(">")) {
      return true;
    }
    if (v.startsWith("/") || v.startsWith("./") || v.startsWith("~/") || v.contains("://")) {
      return true; // a path or URL: the file the secret lives in, not the secret
    }
    return isSampleToken(v);
  }

  private static final java.util.regex.Pattern UUID =
      java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** A UUID: an identifier far more often than a credential. */
  static boolean isUuid(String value) {
    return value.length() == 36 && UUID.matcher(value).matches();
  }

  /**
   * Whether a base64-looking value decodes to ordinary text (letters, digits, spaces and
   * punctuation, with spaces between words): an encoded message or setting, not random key material.
   */
  static boolean isEncodedText(String value) {
    byte[] bytes;
    try {
      String v = value.replace('-', '+').replace('_', '/');
      int pad = (4 - v.length() % 4) % 4;
      bytes = java.util.Base64.getDecoder().decode(v.endsWith("=") ? v : v + "=".repeat(pad == 3 ? 0 : pad));
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (bytes.length < 8) {
      return false;
    }
    int printable = 0;
    int spaces = 0;
    for (byte b : bytes) {
      if (b >= 32 && b < 127) {
        printable++;
      }
      if (b == ' ') {
        spaces++;
      }
    }
    return printable >= bytes.length - 1 && spaces >= bytes.length / 12;
  }

  private static int longestRun(String s) {
    int best = 0;
    int run = 0;
    char prev = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      run = c == prev ? run + 1 : 1;
      prev = c;
      best = Math.max(best, run);
    }
    return best;
  }
}
