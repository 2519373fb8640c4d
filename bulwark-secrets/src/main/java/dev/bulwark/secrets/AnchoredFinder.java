package dev.bulwark.secrets;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A token with a literal in it: a prefix such as {@code ghp_}, or an infix such as {@code :AA}
 * with a few characters of a known class before it.
 *
 * <p>Why this cannot backtrack catastrophically: the pattern is tried only where the literal
 * occurs (found with {@code indexOf}), with {@code lookingAt} on a region of at most
 * {@code back + maxLength} characters, so one attempt reads a bounded number of characters; and
 * the patterns use only possessive quantifiers over character classes, so even within the region
 * no quantifier gives characters back. An occurrence right after a token character is rejected
 * before any matching (a token starts at a boundary), so occurrences inside a long run of token
 * characters cost one comparison each.
 */
final class AnchoredFinder implements Finder {
  private final List<String> literals;
  private final CharClass backChars;
  private final int backMax;
  private final Pattern pattern;
  private final int group;
  private final CharClass body;
  private final CharClass leftStop;
  private final int maxLength;
  private final Predicate<String> valid;

  /**
   * @param literals the literals to look for; the match starts at one (or up to {@code backMax}
   *     characters of {@code backChars} before it)
   * @param pattern the token, possessive quantifiers only, matched from the start
   * @param group the group that holds the secret (0: the whole match)
   * @param body the characters a token is made of: a match followed by one is too long
   * @param maxLength the longest match
   * @param valid a check of the secret beyond its shape (a checksum), or always true
   */
  AnchoredFinder(List<String> literals, CharClass backChars, int backMax, String pattern, int group, CharClass body,
      int maxLength, Predicate<String> valid) {
    this.literals = literals;
    this.backChars = backChars;
    this.backMax = backMax;
    this.pattern = Pattern.compile(pattern);
    this.group = group;
    this.body = body;
    this.leftStop = CharClass.ALNUM.plus(body).plus(backChars == null ? CharClass.of("") : backChars);
    this.maxLength = maxLength;
    this.valid = valid;
  }

  static AnchoredFinder prefixed(List<String> prefixes, String pattern, String bodyChars, int maxLength,
      Predicate<String> valid) {
    return new AnchoredFinder(prefixes, null, 0, pattern, 0, CharClass.of(bodyChars), maxLength, valid);
  }

  @Override
  public List<String> triggers() {
    return literals;
  }

  @Override
  public void find(List<String> lines, int index, Consumer<Hit> out) {
    String s = lines.get(index);
    Matcher m = null;
    for (String literal : literals) {
      int at = s.indexOf(literal);
      while (at >= 0) {
        int start = at;
        if (backChars != null) {
          while (start > 0 && at - start < backMax && backChars.has(s.charAt(start - 1))) {
            start--;
          }
        }
        if (start == 0 || !leftStop.has(s.charAt(start - 1))) {
          if (m == null) {
            m = pattern.matcher(s);
          }
          m.region(start, Math.min(s.length(), at + literal.length() + maxLength));
          if (m.lookingAt() && (m.end() == s.length() || !body.has(s.charAt(m.end())))) {
            String secret = m.group(group);
            if (valid.test(secret) && !Placeholders.isSampleToken(secret)) {
              out.accept(new Hit(new Span(index + 1, m.start(group), m.end(group)), secret));
              at = s.indexOf(literal, m.end());
              continue;
            }
          }
        }
        at = s.indexOf(literal, at + 1);
      }
    }
  }
}
