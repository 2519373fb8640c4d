package dev.bulwark.deps.requirement;

import java.util.regex.Pattern;

/**
 * PyPI project names: PEP 503 normalisation and PEP 508 validity. {@code Flask_Caching},
 * {@code flask.caching} and {@code FLASK-caching} are all {@code flask-caching}. Extras and
 * dependency-group names normalise the same way (PEP 685, PEP 735).
 */
public final class PackageName {

  /** A valid name: letters and digits at both ends, {@code . _ -} allowed inside. */
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?");
  private static final Pattern SEPARATOR_RUNS = Pattern.compile("[-_.]+");

  private PackageName() {}

  /** The PEP 503 normal form: lower case, every run of {@code - _ .} collapsed to one {@code -}. */
  public static String canonical(String name) {
    return SEPARATOR_RUNS.matcher(name.strip()).replaceAll("-").toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether the text is a valid PEP 508 project name (as written, before normalisation). */
  public static boolean isValid(String name) {
    return VALID.matcher(name).matches();
  }

  /** Whether two names denote the same project. */
  public static boolean same(String a, String b) {
    return canonical(a).equals(canonical(b));
  }
}
