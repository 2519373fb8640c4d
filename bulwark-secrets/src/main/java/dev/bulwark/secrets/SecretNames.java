package dev.bulwark.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a key in a configuration file names a password or a machine secret. Judged by the key's
 * last word, so {@code DB_PASSWORD} and {@code client-secret} count but {@code password_file},
 * {@code token_url} and {@code secret_name} do not. (The Python code rules BW105-BW107 judge
 * Python names the same way.)
 */
final class SecretNames {
  private SecretNames() {}

  /** What kind of secret a key names. */
  enum Kind { NONE, PASSWORD, SECRET }

  private static final Set<String> PASSWORDS = Set.of("password", "passwd", "pwd", "passphrase", "passwort");
  private static final Set<String> PASSWORDS_WITH_QUALIFIER = Set.of("pass", "pw");
  private static final Set<String> SECRETS = Set.of("secret", "token", "apikey", "credential", "credentials");
  private static final Set<String> KEY_QUALIFIERS = Set.of("api", "secret", "private", "access", "auth", "signing",
      "encryption", "master", "client", "app", "account", "license", "service");
  private static final Set<String> FLAG_STARTS = Set.of("is", "has", "use", "uses", "require", "requires", "enable",
      "disable", "no", "allow", "show", "min", "max");
  private static final Set<String> NOT_PLAIN = Set.of("hashed", "hash", "encrypted", "masked", "redacted", "file",
      "path", "env", "var", "name", "type", "length", "policy", "prompt", "field", "pattern", "regex", "header");
  private static final Set<String> VALUE_SUFFIXES = Set.of("value", "str", "string", "plain", "raw");

  static Kind of(String key) {
    List<String> w = words(key);
    if (w.isEmpty() || FLAG_STARTS.contains(w.get(0)) && w.size() > 1 || w.stream().anyMatch(NOT_PLAIN::contains)) {
      return Kind.NONE;
    }
    int last = w.size() - 1;
    if (last > 0 && VALUE_SUFFIXES.contains(w.get(last))) {
      last--;
    }
    String tail = w.get(last);
    if (PASSWORDS.contains(tail) || (PASSWORDS_WITH_QUALIFIER.contains(tail) && last > 0)) {
      return Kind.PASSWORD;
    }
    if (SECRETS.contains(tail) || (tail.equals("key") && last > 0 && KEY_QUALIFIERS.contains(w.get(last - 1)))) {
      return Kind.SECRET;
    }
    for (String fused : List.of("password", "passwd")) {
      if (tail.endsWith(fused)) {
        return Kind.PASSWORD;
      }
    }
    for (String fused : List.of("secret", "token", "apikey")) {
      if (tail.endsWith(fused)) {
        return Kind.SECRET;
      }
    }
    return Kind.NONE;
  }

  /** {@code dbPassword}, {@code DB_PASSWORD}, {@code db.password} and {@code db-password} all give {@code [db, password]}. */
  static List<String> words(String key) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean boundary = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(key.charAt(i - 1));
      if (!Character.isLetterOrDigit(c) || boundary) {
        if (word.length() > 0) {
          out.add(word.toString().toLowerCase(Locale.ROOT));
          word.setLength(0);
        }
      }
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      out.add(word.toString().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
