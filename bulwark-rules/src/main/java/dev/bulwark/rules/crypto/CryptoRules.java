package dev.bulwark.rules.crypto;

import dev.bulwark.rules.Rule;
import java.util.List;

/** The rules of this category, listed by hand and sorted by id; {@code BuiltinRules} joins the categories. */
public final class CryptoRules {
  private CryptoRules() {}

  public static List<Rule> all() {
    return List.of();
  }
}
