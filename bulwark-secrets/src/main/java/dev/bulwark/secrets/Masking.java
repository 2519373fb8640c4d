package dev.bulwark.secrets;

/**
 * How a secret is shown: only its first few characters, the rest as asterisks. Reports, messages
 * and the source lines printed next to findings all go through here, so no format prints a secret.
 */
public final class Masking {
  private Masking() {}

  /** How many leading characters stay visible for a secret of {@code length}: 4, 2 or none. */
  static int visible(int length) {
    return length >= 16 ? 4 : length >= 8 ? 2 : 0;
  }

  /**
   * {@code secret} with all but its first few characters (see {@link #visible}) replaced by
   * {@code *}, at most 12 of them, so a message stays short and does not give the length away.
   */
  public static String mask(String secret) {
    int keep = visible(secret.length());
    return secret.substring(0, keep) + "*".repeat(Math.min(12, Math.max(4, secret.length() - keep)));
  }

  /**
   * {@code line} with the characters from {@code start} to {@code end} (char indexes) masked in place:
   * the same length, so carets under the range still line up.
   */
  public static String redact(String line, int start, int end) {
    int s = Math.max(0, Math.min(start, line.length()));
    int e = Math.max(s, Math.min(end, line.length()));
    if (s == e) {
      return line;
    }
    int keep = visible(e - s);
    StringBuilder out = new StringBuilder(line.length());
    out.append(line, 0, s + keep);
    for (int i = s + keep; i < e; i++) {
      out.append(Character.isWhitespace(line.charAt(i)) ? line.charAt(i) : '*');
    }
    out.append(line, e, line.length());
    return out.toString();
  }
}
