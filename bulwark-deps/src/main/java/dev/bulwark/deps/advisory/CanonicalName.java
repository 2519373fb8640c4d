package dev.bulwark.deps.advisory;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * PEP 503 name normalisation (lower case, each run of {@code -}, {@code _}, {@code .} becomes one
 * {@code -}), which the store's index is keyed by.
 */
public final class CanonicalName {

  private static final Pattern SEPARATORS = Pattern.compile("[-_.]+");

  private CanonicalName() {}

  public static String of(String name) {
    return SEPARATORS.matcher(name.trim()).replaceAll("-").toLowerCase(Locale.ROOT);
  }
}
