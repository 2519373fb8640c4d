package dev.bulwark.rules.config;

import java.util.ArrayList;
import java.util.List;

/** Splits identifiers into words, so rules can judge names by meaning rather than by substring. */
final class Identifiers {
  private Identifiers() {}

  /** The lower-case words of an identifier, split at separators and camel-case humps, digits dropped. */
  static List<String> words(String identifier) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      if (!Character.isLetter(c)) {
        flush(cur, out);
        continue;
      }
      boolean hump = Character.isUpperCase(c) && cur.length() > 0
          && (Character.isLowerCase(identifier.charAt(i - 1))
              || (i + 1 < identifier.length() && Character.isLowerCase(identifier.charAt(i + 1))));
      if (hump) {
        flush(cur, out);
      }
      cur.append(Character.toLowerCase(c));
    }
    flush(cur, out);
    return out;
  }

  private static void flush(StringBuilder cur, List<String> out) {
    if (cur.length() > 0) {
      out.add(cur.toString());
      cur.setLength(0);
    }
  }
}
