package dev.bulwark.rules.docs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why Bulwark and Bandit report different lines on the CPython standard library, read from the
 * hand-written {@code bandit-differences.txt}: per Bandit id, the figures of the latest
 * {@code tools/parity/run.sh} and one reason for each group of lines that only one tool reports.
 *
 * @param measured what the figures were measured with, as one sentence
 * @param reasons the reasons several ids share, by key, in file order
 * @param checks one entry per Bandit id, in file order
 */
public record BanditDifferences(String measured, Map<String, Reason> reasons, List<Check> checks) {

  /** The tool that alone reports a group of lines. */
  public enum Tool { BANDIT, BULWARK }

  /**
   * A reason shared by several ids, referred to as {@code @key}.
   *
   * @param title a short sentence that names it, without the final period
   * @param text the explanation
   */
  public record Reason(String key, String title, String text) {}

  /**
   * Lines of one id that only one tool reports, for one reason.
   *
   * @param reasonKey the key of a shared reason, or null when {@code text} gives the reason
   * @param text the reason in words, or null when {@code reasonKey} names a shared one
   */
  public record Group(Tool onlyIn, int lines, String reasonKey, String text) {}

  /**
   * The figures of one Bandit id, as (file, line) pairs, and its groups of differences.
   *
   * @param both pairs both tools report
   * @param banditOnly pairs only Bandit reports
   * @param bulwarkOnly pairs only Bulwark reports
   */
  public record Check(String banditId, int both, int banditOnly, int bulwarkOnly, List<Group> groups) {

    /** The lines the groups of one tool account for. */
    public int explained(Tool tool) {
      return groups.stream().filter(g -> g.onlyIn() == tool).mapToInt(Group::lines).sum();
    }
  }

  private static final Pattern MEASURED = Pattern.compile("measured: (.+)");
  private static final Pattern REASON = Pattern.compile("reason ([a-z0-9-]+): ([^|]+?) \\| (.+)");
  private static final Pattern CHECK = Pattern.compile("(B\\d{3}) (\\d+) (\\d+) (\\d+)");
  private static final Pattern GROUP = Pattern.compile("\\s+(bandit|bulwark) (\\d+): (?:@([a-z0-9-]+)|(.+))");

  /** The notes shipped with Bulwark. */
  public static BanditDifferences load() {
    try (InputStream in = BanditDifferences.class.getResourceAsStream("/dev/bulwark/rules/bandit-differences.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(r.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the notes. Blank lines and lines starting with {@code #} are skipped.
   *
   * @throws IllegalArgumentException naming the line that does not fit the format, or a reason key
   *     that is used but not defined
   */
  public static BanditDifferences parse(List<String> lines) {
    String measured = null;
    Map<String, Reason> reasons = new LinkedHashMap<>();
    List<Check> checks = new ArrayList<>();
    List<Group> groups = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).stripTrailing();
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher m;
      if ((m = MEASURED.matcher(line)).matches() && measured == null) {
        measured = m.group(1);
      } else if ((m = REASON.matcher(line)).matches() && !reasons.containsKey(m.group(1))) {
        reasons.put(m.group(1), new Reason(m.group(1), m.group(2), m.group(3)));
      } else if ((m = CHECK.matcher(line)).matches()) {
        groups = new ArrayList<>();
        checks.add(new Check(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4)), groups));
      } else if ((m = GROUP.matcher(line)).matches() && groups != null) {
        String key = m.group(3);
        if (key != null && !reasons.containsKey(key)) {
          throw new IllegalArgumentException("line " + (i + 1) + ": reason @" + key + " is not defined above");
        }
        groups.add(new Group(m.group(1).equals("bandit") ? Tool.BANDIT : Tool.BULWARK, Integer.parseInt(m.group(2)),
            key, m.group(4)));
      } else {
        throw new IllegalArgumentException("line " + (i + 1) + " does not fit the format: " + line);
      }
    }
    if (measured == null) {
      throw new IllegalArgumentException("no 'measured:' line");
    }
    return new BanditDifferences(measured, reasons, checks.stream()
        .map(c -> new Check(c.banditId(), c.both(), c.banditOnly(), c.bulwarkOnly(), List.copyOf(c.groups())))
        .toList());
  }

  /** The reason of a group in words: the shared reason's title, or the group's own text. */
  public String reasonOf(Group g) {
    return g.reasonKey() == null ? g.text() : reasons.get(g.reasonKey()).title();
  }
}
