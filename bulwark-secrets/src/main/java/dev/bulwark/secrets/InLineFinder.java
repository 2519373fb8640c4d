package dev.bulwark.secrets;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A token without a fixed literal of its own (a Discord bot token), looked for only in lines that
 * name its service. The pattern starts with a single character class and uses only possessive,
 * bounded quantifiers, so each start position costs at most the pattern's maximum length, and
 * {@code find} tries each position once: linear in the line.
 */
final class InLineFinder implements Finder {
  private final List<String> lineKeywords;
  private final Pattern pattern;
  private final CharClass body;
  private final Predicate<String> valid;

  InLineFinder(List<String> lineKeywords, String pattern, String bodyChars, Predicate<String> valid) {
    this.lineKeywords = lineKeywords;
    this.pattern = Pattern.compile(pattern);
    this.body = CharClass.of(bodyChars);
    this.valid = valid;
  }

  @Override
  public List<String> triggers() {
    return lineKeywords;
  }

  @Override
  public void find(List<String> lines, int index, Consumer<Hit> out) {
    String s = lines.get(index);
    boolean named = false;
    for (String k : lineKeywords) {
      if (s.contains(k)) {
        named = true;
        break;
      }
    }
    if (!named) {
      return;
    }
    Matcher m = pattern.matcher(s);
    int from = 0;
    while (from < s.length() && m.find(from)) {
      boolean left = m.start() == 0 || !body.has(s.charAt(m.start() - 1));
      boolean right = m.end() == s.length() || !body.has(s.charAt(m.end()));
      if (left && right && valid.test(m.group()) && !Placeholders.isSampleToken(m.group())) {
        out.accept(new Hit(new Span(index + 1, m.start(), m.end()), m.group()));
        from = m.end();
      } else {
        from = m.start() + 1;
      }
    }
  }
}
