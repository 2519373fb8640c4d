package dev.bulwark.deps.manifest.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exact version a specifier pins, for auditing: one {@code ==V} without a wildcard, or one
 * {@code ===V} (pep440-facts §4.11). Anything else (ranges, {@code ~=}, {@code ==1.*}, several
 * clauses) leaves the entry unpinned.
 */
public final class Pins {

  private static final Pattern PIN = Pattern.compile("\\s*(===?)\\s*([^\\s,;*]+)\\s*");

  private Pins() {}

  public static Optional<String> exact(String specifier) {
    if (specifier == null) {
      return Optional.empty();
    }
    Matcher m = PIN.matcher(specifier);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(m.group(2));
  }
}
