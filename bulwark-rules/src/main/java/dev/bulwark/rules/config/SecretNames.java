package dev.bulwark.rules.config;

import dev.bulwark.rules.Identifiers;
import java.util.List;
import java.util.Set;

/**
 * Decides whether an identifier names a password, secret or token. Shared by the hardcoded-password
 * rules and the secret-logging rule so they agree on what a secret is; {@link SecretValues} judges
 * the values.
 *
 * <p>An identifier is split into words ({@code dbPassword}, {@code DB_PASSWORD}, {@code x-api-token}
 * all give two words) and judged by its last word: {@code reset_password_token} is a token, but
 * {@code password_length}, {@code token_url} and {@code secret_name} are not secrets at all. Matching
 * anywhere in the name, as a plain regular expression does, is the main source of noise in this
 * kind of check.
 */
final class SecretNames {
  private SecretNames() {}

  /** Last words that name a secret on their own. */
  private static final Set<String> WORDS = Set.of("password", "passwd", "passwort", "pwd", "pw", "pass",
      "passphrase", "secret", "token", "apikey");
  /** Secret words that also count when fused onto another word: {@code dbpassword}, {@code authtoken}. */
  private static final List<String> FUSED = List.of("password", "passwd", "passphrase", "secret", "token", "apikey");
  /** Last words that name a secret only with another word before them. */
  private static final Set<String> AMBIGUOUS_ALONE = Set.of("pass", "pw");
  /** Words that say a token grants access: {@code access_token}, {@code github_token}. */
  private static final Set<String> TOKEN_KINDS = Set.of("access", "refresh", "auth", "api", "bearer", "id",
      "session", "csrf", "xsrf", "oauth", "jwt", "secret", "reset", "personal", "bot", "client", "user", "private",
      "github", "gitlab", "slack", "npm", "pypi", "admin", "service", "security", "verification", "app");
  /** Words before {@code key} that make it a secret: {@code api_key}, {@code signing_key}. */
  private static final Set<String> KEY_QUALIFIERS = Set.of("api", "secret", "auth", "signing", "encryption", "master");
  /** Words that make the value something other than the plain secret: {@code hashed_password}, {@code has_token}. */
  private static final Set<String> NOT_PLAIN = Set.of("hashed", "encrypted", "masked", "redacted", "obfuscated");
  /** First words of flags about a secret rather than the secret: {@code has_password}, {@code is_token}. */
  private static final Set<String> PREDICATE_STARTS = Set.of("is", "has", "needs", "requires", "use", "uses");
  /** Trailing words that still mean the secret itself: {@code password_value}, {@code token_str}. */
  private static final Set<String> VALUE_SUFFIXES = Set.of("value", "str", "string", "plain", "plaintext", "raw");


  /** Whether a single lower-case word names a secret by itself: {@code password}, {@code token}. */
  static boolean isSecretWord(String word) {
    return WORDS.contains(word);
  }

  /** Whether an identifier, attribute, key or parameter name means a secret. */
  static boolean isSecretName(String identifier) {
    return secretTail(identifier) != null;
  }

  /**
   * Whether a name means a credential even without seeing its value. A bare "token" tail is too
   * common outside authentication ({@code next_token} for paging, {@code acquire_token} for a
   * semaphore, {@code token} in a lexer), so it needs a word saying what the token opens, or to be
   * the whole name.
   */
  static boolean isCredentialName(String identifier) {
    String tail = secretTail(identifier);
    if (tail == null) {
      return false;
    }
    if (!tail.equals("token")) {
      return true;
    }
    List<String> w = Identifiers.words(identifier);
    return w.size() == 1 || w.stream().anyMatch(TOKEN_KINDS::contains);
  }

  /**
   * The secret word a name ends with ({@code "password"}, {@code "token"}, {@code "key"} for
   * {@code api_key}, the fused word for {@code dbpassword}), or null when the name means no secret.
   */
  static String secretTail(String identifier) {
    if (!isNameLike(identifier)) {
      // "AWS::SecretsManager::Secret" or "Enter the secret": text, not a name
      return null;
    }
    List<String> w = Identifiers.words(identifier);
    boolean predicate = w.size() > 1 && PREDICATE_STARTS.contains(w.get(0));
    if (w.isEmpty() || predicate || w.stream().anyMatch(NOT_PLAIN::contains)) {
      return null;
    }
    int last = w.size() - 1;
    if (last > 0 && VALUE_SUFFIXES.contains(w.get(last))) {
      last--;
    }
    String tail = w.get(last);
    if (AMBIGUOUS_ALONE.contains(tail)) {
      // "pass" and "pw" alone are as often a pass of an algorithm or a unit; user_pass is not
      return last > 0 ? tail : null;
    }
    if (WORDS.contains(tail)) {
      return tail;
    }
    if (tail.equals("key") && last > 0 && KEY_QUALIFIERS.contains(w.get(last - 1))) {
      return tail;
    }
    for (String f : FUSED) {
      if (tail.length() > f.length() && tail.endsWith(f)) {
        return f;
      }
    }
    return null;
  }

  /** An ASCII identifier, or a dotted or dashed key such as {@code db.password} or {@code x-api-token}. */
  private static boolean isNameLike(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      boolean inner = (c >= '0' && c <= '9') || c == '.' || c == '-';
      if (!letter && !(inner && i > 0)) {
        return false;
      }
    }
    return true;
  }
}
