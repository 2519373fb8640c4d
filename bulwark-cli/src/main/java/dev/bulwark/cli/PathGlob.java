package dev.bulwark.cli;

import java.util.regex.Pattern;

/**
 * A path pattern from the configuration ({@code exclude}, {@code per-path-ignores}), matched against
 * paths relative to the configuration file's directory, with {@code /} separators:
 * <ul>
 *   <li>{@code *} matches within one path segment, {@code ?} one character of it, {@code [abc]} one
 *       of a set;
 *   <li>{@code **} matches any number of segments: {@code tests/**} is everything below
 *       {@code tests}, {@code **}{@code /test_*.py} such files in any directory;
 *   <li>a pattern without {@code /} matches a file or directory name anywhere
 *       ({@code conftest.py}, {@code migrations}).
 * </ul>
 */
final class PathGlob {

  private final String text;
  private final Pattern pattern;
  private final boolean nameOnly;

  private PathGlob(String text, Pattern pattern, boolean nameOnly) {
    this.text = text;
    this.pattern = pattern;
    this.nameOnly = nameOnly;
  }

  static PathGlob of(String glob) {
    String g = glob.replace('\\', '/');
    while (g.startsWith("./")) {
      g = g.substring(2);
    }
    if (g.length() > 1 && g.endsWith("/")) {
      g = g.substring(0, g.length() - 1);
    }
    boolean nameOnly = g.indexOf('/') < 0 && !g.contains("**");
    return new PathGlob(glob, Pattern.compile(toRegex(g)), nameOnly);
  }

  /** Whether the pattern matches {@code relative} (a path relative to the base, {@code /} separators). */
  boolean matches(String relative) {
    if (nameOnly) {
      int slash = relative.lastIndexOf('/');
      return pattern.matcher(relative.substring(slash + 1)).matches();
    }
    return pattern.matcher(relative).matches();
  }

  @Override
  public String toString() {
    return text;
  }

  private static String toRegex(String glob) {
    StringBuilder re = new StringBuilder();
    int n = glob.length();
    for (int i = 0; i < n; i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < n && glob.charAt(i + 1) == '*') {
        boolean slashAfter = i + 2 < n && glob.charAt(i + 2) == '/';
        if (slashAfter) {
          re.append("(?:[^/]*/)*"); // "**/": zero or more whole directories
          i += 2;
        } else {
          re.append(".*");
          i += 1;
        }
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else if (c == '[') {
        int close = glob.indexOf(']', i + 2);
        if (close < 0) {
          re.append("\\[");
        } else {
          String set = glob.substring(i + 1, close);
          if (set.startsWith("!")) {
            set = "^" + set.substring(1);
          }
          re.append('[').append(set.replace("\\", "\\\\").replace("[", "\\[")).append(']');
          i = close;
        }
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return re.toString();
  }
}
