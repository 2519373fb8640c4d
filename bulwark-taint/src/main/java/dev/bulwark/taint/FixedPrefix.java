package dev.bulwark.taint;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a constant start of a built string protects: attacker data written after {@code "/profile/"}
 * or {@code "https://example.com/"} cannot send a redirect to another host. Requests are not
 * protected: a path chosen on a fixed internal host is still a (partial) server-side request forgery.
 */
final class FixedPrefix {
  private FixedPrefix() {}

  /** A scheme, then an authority closed by a path, query or fragment: the host is fixed. */
  private static final Pattern ABSOLUTE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\\\]+[/?#].*", Pattern.DOTALL);

  /** The sink kinds a string starting with {@code prefix} is safe for, whatever follows it. */
  static Set<SinkKind> protects(String prefix) {
    if (prefix == null) {
      return Set.of();
    }
    if (ABSOLUTE.matcher(prefix).matches()) {
      return EnumSet.of(SinkKind.REDIRECT);
    }
    // "/x...": a path on this host; "//" and "/\" would name another host
    if (prefix.length() >= 2 && prefix.charAt(0) == '/' && prefix.charAt(1) != '/' && prefix.charAt(1) != '\\') {
      return EnumSet.of(SinkKind.REDIRECT);
    }
    return Set.of();
  }
}
