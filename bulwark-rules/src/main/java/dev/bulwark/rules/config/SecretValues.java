package dev.bulwark.rules.config;

import dev.bulwark.rules.Identifiers;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a string given to something named like a secret (see {@link SecretNames}) is a
 * real secret or a stand-in for one: a placeholder, a mask, a template, a path, or a label that
 * merely names the secret.
 */
final class SecretValues {
  private SecretValues() {}

  /** Secrets that programs generate, which look random: unlike passwords, never a plain word. */
  private static final Set<String> MACHINE_SECRETS = Set.of("token", "secret", "apikey", "key");
  /** Values that stand in for a secret rather than being one. */
  private static final Set<String> PLACEHOLDERS = Set.of("changeme", "change_me", "change-me", "changeit",
      "changethis", "none", "null", "nil", "undefined", "todo", "tbd", "fixme", "redacted", "hidden", "dummy",
      "placeholder", "example", "sample", "fake", "notset", "not_set", "unset", "secret", "password", "token",
      "replaceme", "replace_me", "replace-me");

  private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?");
  private static final Pattern FORMAT_FIELD = Pattern.compile("%\\([^)]*\\)[sd]|\\{[A-Za-z0-9_.]*\\}");
  private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");
  private static final Pattern IDENTIFIER_LIKE = Pattern.compile("[A-Za-z][A-Za-z0-9]*([-_.][A-Za-z0-9]+)*:?");
  private static final Pattern YOUR_VALUE = Pattern.compile("(?i)(your|insert|enter|put)[-_ ].*");
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://.*");

  /**
   * Whether {@code value}, given to the secret-named {@code targetName}, looks like a real secret:
   * not a placeholder, and for machine credentials (tokens, keys, client secrets) long and mixed
   * like a generated value. People pick passwords such as {@code admin}, so those only need to be
   * more than a couple of characters.
   */
  static boolean isPlausibleSecret(String value, String targetName) {
    if (isPlaceholder(value, targetName) || value.contains("***")) {
      return false;
    }
    String squashed = squash(value);
    if (Identifiers.words(targetName).contains(squashed)) {
      // INCORRECT_PASSWD = "Incorrect": a label made of the name's own words
      return false;
    }
    String tail = SecretNames.secretTail(targetName);
    if (tail != null && MACHINE_SECRETS.contains(tail)) {
      // a lexer's token pattern, (?:[a-z]+|\d), is no credential
      boolean pattern = value.contains("(?") || value.contains("[^") || value.contains("\\");
      return !pattern && value.length() >= 8 && value.chars().noneMatch(Character::isWhitespace)
          && value.chars().anyMatch(Character::isDigit) && value.chars().anyMatch(Character::isLetter)
          && shannonEntropy(value) >= MIN_MACHINE_ENTROPY;
    }
    return value.strip().length() >= 3 && value.chars().anyMatch(Character::isLetterOrDigit);
  }

  /**
   * Bits per character below which a value given to a token, key or client secret is a pattern
   * ({@code abab1212}, {@code 11112222aa}) rather than a generated value; a random string of eight
   * letters and digits scores about 3, an English word 2 to 3.
   */
  private static final double MIN_MACHINE_ENTROPY = 2.5;

  /** Shannon entropy of the characters of {@code s}, in bits per character. */
  static double shannonEntropy(String s) {
    java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
    s.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
    double n = s.codePointCount(0, s.length());
    double bits = 0;
    for (int count : counts.values()) {
      double p = count / n;
      bits -= p * Math.log(p) / Math.log(2);
    }
    return bits;
  }

  /**
   * Whether a string given to a secret-named target is something other than a real secret: empty,
   * a mask ({@code "***"}), a template or environment reference, a well-known placeholder, a path or
   * URL, or a label naming the secret ({@code "password"}, {@code "DB_PASSWORD"}, {@code "Enter password"}).
   */
  static boolean isPlaceholder(String value, String targetName) {
    String v = value.strip();
    if (v.isEmpty() || isMask(v)) {
      return true;
    }
    if ((v.startsWith("<") && v.endsWith(">")) || (v.startsWith("{{") && v.endsWith("}}"))
        || ENV_REFERENCE.matcher(v).matches() || FORMAT_FIELD.matcher(v).matches()) {
      return true;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (PLACEHOLDERS.contains(lower) || YOUR_VALUE.matcher(v).matches()) {
      return true;
    }
    if (v.startsWith("/") || v.startsWith("~/") || v.startsWith("./") || v.startsWith("../")
        || SCHEME.matcher(v).matches()) {
      return true;
    }
    return namesASecret(v, targetName);
  }

  /** A label or key rather than a value: the target's own name, an env var name, a field name, a prompt. */
  private static boolean namesASecret(String v, String targetName) {
    if (targetName != null && squash(v).equals(squash(targetName))) {
      return true;
    }
    if (UPPER_SNAKE.matcher(v).matches() && SecretNames.isSecretName(v)) {
      return true;
    }
    List<String> w = Identifiers.words(v);
    if (v.contains(" ")) {
      // a prompt or label: "Enter your password"
      return w.stream().anyMatch(SecretNames::isSecretWord);
    }
    // a field or key name: "password", "api_key", "accessToken"; digits or a bare "pass"/"secret"
    // joined with dashes look more like a (weak) real value: "r3d1s-pass", "super-secret"
    boolean fieldName = IDENTIFIER_LIKE.matcher(v).matches() && v.chars().noneMatch(Character::isDigit);
    if (!fieldName || !SecretNames.isSecretName(v)) {
      return false;
    }
    String tail = w.get(w.size() - 1);
    if (w.size() == 1) {
      return SecretNames.isSecretWord(tail);
    }
    return !(tail.equals("pass") || tail.equals("pw") || tail.equals("secret")) || v.contains("_");
  }

  /** One character repeated: {@code xxx}, {@code ***}, {@code ...}. */
  private static boolean isMask(String v) {
    char c = v.charAt(0);
    if ("xX*.-#?_".indexOf(c) < 0) {
      return false;
    }
    for (int i = 1; i < v.length(); i++) {
      if (v.charAt(i) != c) {
        return false;
      }
    }
    return true;
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[-_ .:]", "");
  }
}
