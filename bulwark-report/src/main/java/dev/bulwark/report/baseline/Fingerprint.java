package dev.bulwark.report.baseline;

import dev.bulwark.report.Finding;
import dev.bulwark.report.source.LineSpan;
import dev.bulwark.report.source.SourceText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A name for a finding that stays the same while the code around it moves: it is made of the rule
 * id, the file's path, the text of the finding's line and a hash of the statement that holds it
 * (whitespace collapsed in both), and the finding's rank among identical ones in the file. Line
 * numbers are left out, so inserting or deleting lines elsewhere in the file, or editing other
 * statements, keeps the fingerprint; editing the statement itself makes a new one.
 *
 * @param ruleId the finding's rule
 * @param path the file, with {@code /} separators
 * @param value 32 hex digits (128 bits of SHA-256)
 */
public record Fingerprint(String ruleId, String path, String value) {

  /**
   * The fingerprints of all findings of one file, in the order of {@code findings}.
   *
   * @param path the file's path as it should be stored (relative to the project); separators are
   *     normalized to {@code /}
   * @param findings every finding of the file; the rank among identical ones follows their
   *     positions, so pass all of them (before any suppression or filtering) for stable ranks
   * @param source the file's text, to read the lines and statements around each finding
   */
  public static List<Fingerprint> of(String path, List<Finding> findings, SourceText source) {
    String normalized = normalizePath(path);
    Integer[] order = new Integer[findings.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.<Integer>comparingInt(i -> findings.get(i).location().line())
        .thenComparingInt(i -> findings.get(i).location().column())
        .thenComparing(i -> findings.get(i).ruleId()));
    Map<String, Integer> seen = new HashMap<>();
    List<Fingerprint> out = new ArrayList<>(java.util.Collections.nCopies(findings.size(), (Fingerprint) null));
    for (int i : order) {
      Finding f = findings.get(i);
      int line = f.location().line();
      String key = f.ruleId() + '\n' + normalized + '\n' + collapse(source.line(line)) + '\n'
          + sha256(statementText(source, source.statementAt(line)));
      int rank = seen.merge(key, 1, Integer::sum) - 1;
      out.set(i, new Fingerprint(f.ruleId(), normalized, sha256(key + '\n' + rank).substring(0, 32)));
    }
    return List.copyOf(out);
  }

  /** {@code a\b/./c} and {@code ./a/b/c} both become {@code a/b/c}. */
  static String normalizePath(String path) {
    String p = path.replace('\\', '/');
    while (p.contains("//")) {
      p = p.replace("//", "/");
    }
    p = p.replace("/./", "/");
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    return p;
  }

  private static String statementText(SourceText source, LineSpan span) {
    StringBuilder s = new StringBuilder();
    for (int line = span.start(); line <= span.end(); line++) {
      s.append(source.line(line)).append(' ');
    }
    return collapse(s);
  }

  /** Trims, and turns every run of whitespace into one space. */
  static String collapse(CharSequence text) {
    StringBuilder s = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = s.length() > 0;
      } else {
        if (space) {
          s.append(' ');
          space = false;
        }
        s.append(c);
      }
    }
    return s.toString();
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
