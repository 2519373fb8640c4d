package dev.bulwark.secrets;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * An AWS secret access key: 40 characters of base64 with no prefix of its own, so it is found only
 * after a key name that says what it is ({@code aws_secret_access_key = ...},
 * {@code "SecretAccessKey": "..."}) and only when it looks random. The name is found with
 * {@code indexOf} in the lower-cased line; then at most a few separator characters and 41 value
 * characters are read.
 */
final class AwsSecretKeyFinder implements Finder {
  @Override
  public List<String> triggers() {
    return List.of("ecret", "ECRET");
  }

  private static final List<String> NAMES = List.of("secret_access_key", "secretaccesskey", "secret-access-key",
      "aws_secret_key", "aws_secret");
  private static final CharClass SEPARATOR = CharClass.of(" \t\"':=>,");
  private static final CharClass VALUE = CharClass.of("A-Za-z0-9/+");
  private static final double MIN_ENTROPY = 4.0;

  @Override
  public void find(List<String> lines, int index, Consumer<Hit> out) {
    String s = lines.get(index);
    if (s.indexOf("ecret") < 0 && s.indexOf("ECRET") < 0) {
      return;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    for (String name : NAMES) {
      int at = lower.indexOf(name);
      while (at >= 0) {
        int i = at + name.length();
        int limit = i + 8;
        while (i < s.length() && i < limit && SEPARATOR.has(s.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < s.length() && i - start <= 40 && VALUE.has(s.charAt(i))) {
          i++;
        }
        String value = s.substring(start, i);
        if (value.length() == 40 && Entropy.shannon(value) >= MIN_ENTROPY && !Placeholders.isSampleToken(value)
            && !Placeholders.isEncodedText(value)) {
          out.accept(new Hit(new Span(index + 1, start, i), value));
          return;
        }
        at = lower.indexOf(name, at + 1);
      }
    }
  }
}
