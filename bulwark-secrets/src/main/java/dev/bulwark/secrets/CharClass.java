package dev.bulwark.secrets;

/**
 * A set of ASCII characters, tested by table lookup. Detectors use it to find where a token's body
 * ends and whether a token stands on its own, without a regular expression.
 */
final class CharClass {
  private final boolean[] members = new boolean[128];

  private CharClass() {}

  /** A class from a spec such as {@code "A-Za-z0-9_-"}: ranges {@code a-z}, and single characters. */
  static CharClass of(String spec) {
    CharClass c = new CharClass();
    for (int i = 0; i < spec.length(); i++) {
      char from = spec.charAt(i);
      if (i + 2 < spec.length() && spec.charAt(i + 1) == '-') {
        char to = spec.charAt(i + 2);
        for (char x = from; x <= to; x++) {
          c.members[x] = true;
        }
        i += 2;
      } else {
        c.members[from] = true;
      }
    }
    return c;
  }

  /** The characters of both classes. */
  CharClass plus(CharClass other) {
    CharClass c = new CharClass();
    for (int i = 0; i < 128; i++) {
      c.members[i] = members[i] || other.members[i];
    }
    return c;
  }

  boolean has(char ch) {
    return ch < 128 && members[ch];
  }

  /** Whether every character of {@code s} is in the class. */
  boolean all(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!has(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static final CharClass ALNUM = of("A-Za-z0-9");
}
