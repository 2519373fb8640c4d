package dev.bulwark.deps.version;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written reader for PEP 440 versions, so errors can say where the text went wrong. It accepts
 * exactly the permissive spellings PEP 440 normalises (see {@link Version}).
 */
final class VersionParser {

  private static final String KIND = "version";
  /** Longest spellings first, so {@code preview} is not read as {@code pre} followed by junk. */
  private static final String[] PRE_SPELLINGS = {"preview", "alpha", "beta", "pre", "rc", "a", "b", "c"};
  private static final String[] POST_SPELLINGS = {"post", "rev", "r"};
  private static final int MAX_DIGITS = 18;

  private final String original;
  /** The trimmed text, ASCII lower-cased (so indexes stay those of the original). */
  private final String s;
  private final int offset;
  private int i;

  private VersionParser(String original) {
    this.original = original;
    int start = 0;
    int end = original.length();
    while (start < end && Character.isWhitespace(original.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(original.charAt(end - 1))) {
      end--;
    }
    this.offset = start;
    this.s = asciiLower(original.substring(start, end));
  }

  static Version parse(String text) {
    return new VersionParser(text).version();
  }

  private Version version() {
    if (s.isEmpty()) {
      throw error("empty version");
    }
    if (peek() == 'v') {
      i++;
    }
    long epoch = 0;
    int digitsEnd = skipDigits(i);
    if (digitsEnd > i && digitsEnd < s.length() && s.charAt(digitsEnd) == '!') {
      epoch = number(i, digitsEnd);
      i = digitsEnd + 1;
    }
    long[] release = release();
    PreRelease pre = preRelease();
    Long post = postRelease();
    Long dev = devRelease();
    List<String> local = local();
    if (i < s.length()) {
      throw error("unexpected '" + s.charAt(i) + "'");
    }
    return new Version(epoch, release, pre, post, dev, local);
  }

  private long[] release() {
    List<Long> numbers = new ArrayList<>();
    while (true) {
      int end = skipDigits(i);
      if (end == i) {
        throw error(numbers.isEmpty() ? "expected a release number" : "expected a number after '.'");
      }
      numbers.add(number(i, end));
      i = end;
      // a '.' continues the release only when a number follows; otherwise it separates a suffix
      if (peek() == '.' && isDigit(peekAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    long[] release = new long[numbers.size()];
    for (int k = 0; k < release.length; k++) {
      release[k] = numbers.get(k);
    }
    return release;
  }

  private PreRelease preRelease() {
    int start = i;
    int at = isSeparator(peek()) ? i + 1 : i;
    for (String spelling : PRE_SPELLINGS) {
      if (s.startsWith(spelling, at)) {
        i = at + spelling.length();
        return new PreRelease(preKind(spelling), optionalNumber());
      }
    }
    i = start;
    return null;
  }

  private static PreRelease.Kind preKind(String spelling) {
    switch (spelling) {
      case "a":
      case "alpha":
        return PreRelease.Kind.ALPHA;
      case "b":
      case "beta":
        return PreRelease.Kind.BETA;
      default:
        return PreRelease.Kind.RC;
    }
  }

  private Long postRelease() {
    if (peek() == '-' && isDigit(peekAt(i + 1))) {
      int end = skipDigits(i + 1);
      long n = number(i + 1, end);
      i = end;
      return n;
    }
    int at = isSeparator(peek()) ? i + 1 : i;
    for (String spelling : POST_SPELLINGS) {
      if (s.startsWith(spelling, at)) {
        i = at + spelling.length();
        return optionalNumber();
      }
    }
    return null;
  }

  private Long devRelease() {
    int at = isSeparator(peek()) ? i + 1 : i;
    if (s.startsWith("dev", at)) {
      i = at + 3;
      return optionalNumber();
    }
    return null;
  }

  /** After a pre/post/dev word: an optional separator, then an optional number (implicitly 0). */
  private long optionalNumber() {
    if (isSeparator(peek())) {
      i++;
    }
    int end = skipDigits(i);
    if (end == i) {
      return 0;
    }
    long n = number(i, end);
    i = end;
    return n;
  }

  private List<String> local() {
    List<String> segments = new ArrayList<>();
    if (peek() != '+') {
      return segments;
    }
    i++;
    while (true) {
      int start = i;
      while (i < s.length() && isAlphanumeric(s.charAt(i))) {
        i++;
      }
      if (i == start) {
        throw error(segments.isEmpty() ? "expected a local label after '+'" : "expected a letter or digit");
      }
      String segment = s.substring(start, i);
      segments.add(Version.isDigits(segment) ? stripLeadingZeros(segment) : segment);
      if (isSeparator(peek())) {
        i++;
      } else {
        return segments;
      }
    }
  }

  private long number(int start, int end) {
    String digits = stripLeadingZeros(s.substring(start, end));
    if (digits.length() > MAX_DIGITS) {
      i = start;
      throw error("number too large");
    }
    return Long.parseLong(digits);
  }

  private static String stripLeadingZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }

  private int skipDigits(int from) {
    int k = from;
    while (k < s.length() && isDigit(s.charAt(k))) {
      k++;
    }
    return k;
  }

  private char peek() {
    return peekAt(i);
  }

  private char peekAt(int index) {
    return index < s.length() ? s.charAt(index) : '\0';
  }

  private static boolean isDigit(char ch) {
    return ch >= '0' && ch <= '9';
  }

  private static boolean isSeparator(char ch) {
    return ch == '.' || ch == '-' || ch == '_';
  }

  private static boolean isAlphanumeric(char ch) {
    return isDigit(ch) || (ch >= 'a' && ch <= 'z');
  }

  static String asciiLower(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int k = 0; k < text.length(); k++) {
      char ch = text.charAt(k);
      sb.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch);
    }
    return sb.toString();
  }

  private VersionSyntaxException error(String problem) {
    return new VersionSyntaxException(KIND, original, offset + Math.min(i, s.length()), problem);
  }
}
