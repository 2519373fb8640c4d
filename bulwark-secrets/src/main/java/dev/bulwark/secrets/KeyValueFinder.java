package dev.bulwark.secrets;

import java.util.List;
import java.util.function.Consumer;

/**
 * A secret given to a secret-named key in a configuration file, environment file, Dockerfile or
 * shell script: {@code DB_PASSWORD=hunter22}, {@code api_key: 9f8c...}, {@code ENV TOKEN abc...},
 * {@code "password": "..."}. Passwords count when they are not placeholders; tokens and keys also
 * have to look random (Shannon entropy), since those settings often hold names and references.
 *
 * <p>The line is read by hand, left to right, once: no regular expression.
 */
final class KeyValueFinder implements Finder {
  private static final List<String> PREFIXES = List.of("export ", "ENV ", "ARG ", "set ", "declare -x ", "- ");
  private static final CharClass KEY = CharClass.of("A-Za-z0-9_.-");
  private static final int MAX_KEY = 80;
  private static final int MAX_VALUE = 300;
  static final int MIN_PASSWORD = 6;
  static final int MIN_SECRET = 12;
  static final double MIN_SECRET_ENTROPY = 3.0;

  private final SecretNames.Kind kind;
  private final boolean quotedOnly;

  /**
   * @param kind which secrets this finder reports: passwords, or other secrets
   * @param quotedOnly accept only quoted values (in code, a bare value is a variable or a call)
   */
  KeyValueFinder(SecretNames.Kind kind, boolean quotedOnly) {
    this.kind = kind;
    this.quotedOnly = quotedOnly;
  }

  /** The same finder for code (notebook cells), where only quoted values are literals. */
  KeyValueFinder forCode() {
    return new KeyValueFinder(kind, true);
  }

  @Override
  public List<String> triggers() {
    return List.of();
  }

  @Override
  public void find(List<String> lines, int index, Consumer<Hit> out) {
    String s = lines.get(index);
    int i = skipBlanks(s, 0);
    if (i < s.length() && (s.charAt(i) == '#' || s.charAt(i) == ';')) {
      return;
    }
    boolean docker = false;
    for (String p : PREFIXES) {
      if (s.startsWith(p, i)) {
        docker = p.equals("ENV ") || p.equals("ARG ");
        i = skipBlanks(s, i + p.length());
        break;
      }
    }
    char quote = 0;
    if (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
      quote = s.charAt(i);
      i++;
    }
    int keyStart = i;
    while (i < s.length() && i - keyStart < MAX_KEY && KEY.has(s.charAt(i))) {
      i++;
    }
    if (i == keyStart) {
      return;
    }
    String key = s.substring(keyStart, i);
    if (quote != 0) {
      if (i >= s.length() || s.charAt(i) != quote) {
        return;
      }
      i++;
    }
    SecretNames.Kind named = SecretNames.of(key);
    if (named != kind) {
      return;
    }
    int afterKey = i;
    i = skipBlanks(s, i);
    if (i < s.length() && (s.charAt(i) == '=' || s.charAt(i) == ':')) {
      i++;
      if (i < s.length() && s.charAt(i) == '=') {
        return; // a comparison, ==, or the walrus :=
      }
    } else if (!(docker && i > afterKey)) {
      return;
    }
    i = skipBlanks(s, i);
    int valueStart;
    int valueEnd;
    if (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
      char q = s.charAt(i);
      valueStart = i + 1;
      valueEnd = s.indexOf(q, valueStart);
      if (valueEnd < 0 || valueEnd - valueStart > MAX_VALUE) {
        return;
      }
    } else {
      if (quotedOnly) {
        return;
      }
      valueStart = i;
      valueEnd = i;
      while (valueEnd < s.length() && valueEnd - valueStart < MAX_VALUE && !endsBareValue(s.charAt(valueEnd))) {
        valueEnd++;
      }
      if (s.substring(valueStart, valueEnd).contains("[")) {
        return; // a lookup such as os.environ["X"]
      }
    }
    String value = s.substring(valueStart, valueEnd);
    if (isSecretValue(value)) {
      out.accept(new Hit(new Span(index + 1, valueStart, valueEnd), value));
    }
  }

  private boolean isSecretValue(String value) {
    if (Placeholders.isPlaceholderValue(value) || Placeholders.isUuid(value) || value.contains("(")
        || value.contains(" ") || value.startsWith("!")) {
      return false;
    }
    if (kind == SecretNames.Kind.PASSWORD) {
      return value.length() >= MIN_PASSWORD;
    }
    boolean digit = value.chars().anyMatch(Character::isDigit);
    boolean letter = value.chars().anyMatch(Character::isLetter);
    return value.length() >= MIN_SECRET && digit && letter && Entropy.shannon(value) >= MIN_SECRET_ENTROPY
        && !Placeholders.isEncodedText(value);
  }

  private static boolean endsBareValue(char c) {
    return Character.isWhitespace(c) || c == '#' || c == ',' || c == ';' || c == '}' || c == ']';
  }

  private static int skipBlanks(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
