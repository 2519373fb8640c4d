package dev.bulwark.rules.crypto;

import dev.bulwark.rules.Identifiers;
import java.util.List;
import java.util.Set;

/**
 * How strongly an identifier says its value is a secret that must be compared in constant time.
 * Some words are unambiguous ({@code signature}, {@code api_key}); others ({@code token},
 * {@code password}, {@code digest}) also name lexer tokens, form fields and file checksums, so they
 * count only as weak evidence.
 */
final class SecretNames {
  private SecretNames() {}

  enum Strength { NONE, WEAK, STRONG }

  private static final Set<String> STRONG_HEADS = Set.of("signature", "mac", "hmac", "secret", "apikey",
      "csrftoken", "otp", "passphrase");
  private static final Set<String> WEAK_HEADS = Set.of("token", "password", "passwd", "digest", "hexdigest");
  /** Words that make a trailing "key" a secret key rather than a dictionary key. */
  private static final Set<String> KEY_QUALIFIERS = Set.of("api", "secret", "access", "private", "auth", "signing",
      "hmac", "session");
  private static final Set<String> PASSWORD_WORDS = Set.of("password", "passwd", "pwd");
  /** Qualifiers that make a token a lexer's token: {@code next_token}, {@code cur_token}. */
  private static final Set<String> LEXICAL_QUALIFIERS = Set.of("next", "prev", "previous", "current", "cur",
      "last", "first", "start", "end", "this", "peek", "lookahead", "sub", "raw", "text");
  /** First words of boolean flags: {@code verify_signature}, {@code has_token}, {@code use_hmac}. */
  private static final Set<String> FLAG_PREFIXES = Set.of("is", "has", "have", "use", "verify", "check",
      "enable", "enabled", "require", "requires", "validate", "should", "allow", "no", "skip", "with");

  static Strength of(String identifier) {
    List<String> words = Identifiers.words(identifier);
    if (words.isEmpty() || (words.size() > 1 && FLAG_PREFIXES.contains(words.get(0)))) {
      return Strength.NONE;
    }
    String head = words.get(words.size() - 1);
    String before = words.size() > 1 ? words.get(words.size() - 2) : "";
    if (STRONG_HEADS.contains(head)) {
      return Strength.STRONG;
    }
    if (head.equals("token")) {
      if (before.isEmpty()) {
        return Strength.WEAK;
      }
      return LEXICAL_QUALIFIERS.contains(before) ? Strength.NONE : Strength.STRONG;
    }
    if ((head.equals("key") && KEY_QUALIFIERS.contains(before))
        || (head.equals("hash") && PASSWORD_WORDS.contains(before))) {
      return Strength.STRONG;
    }
    return WEAK_HEADS.contains(head) ? Strength.WEAK : Strength.NONE;
  }
}
