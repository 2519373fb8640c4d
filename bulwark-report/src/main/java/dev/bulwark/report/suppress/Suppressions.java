package dev.bulwark.report.suppress;

import dev.bulwark.report.Finding;
import dev.bulwark.report.source.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The suppression comments of one file, and which findings they cover.
 *
 * <p>Where each syntax applies:
 * <ul>
 *   <li>{@code # bulwark: ignore[...]} after code covers its own line; on a line of its own it
 *       covers the next line that is not a comment. Either way it also covers the whole statement
 *       that starts on that line, so one comment covers a call spread over several lines.
 *   <li>{@code # nosec} and {@code # noqa} cover their own line and the statement that starts there,
 *       never the next line (as in Bandit and Ruff).
 *   <li>{@code # bulwark: ignore-file[...]} covers the whole file; it must be a comment of its own
 *       line before the first statement.
 * </ul>
 * A compound statement ({@code def}, {@code if}, {@code with}, ...) counts only by its header, so a
 * comment on {@code def} does not cover the function body.
 */
public final class Suppressions {

  private final List<Suppression> all;
  /** Per suppression in {@link #all}, the line whose findings (and statement) it covers; 0 for file-wide. */
  private final int[] target;
  private final List<SuppressionWarning> problems;
  private final SourceText source;

  private Suppressions(List<Suppression> all, int[] target, List<SuppressionWarning> problems, SourceText source) {
    this.all = all;
    this.target = target;
    this.problems = problems;
    this.source = source;
  }

  /** Reads every suppression directive in a file's comments. */
  public static Suppressions of(List<SuppressionComment> comments, SourceText source, RuleResolver resolver) {
    Set<Integer> commentLines = new HashSet<>();
    for (SuppressionComment c : comments) {
      if (c.ownLine()) {
        commentLines.add(c.line());
      }
    }
    int firstStatement = source.firstStatementLine();
    List<Suppression> found = new ArrayList<>();
    List<Integer> targets = new ArrayList<>();
    List<SuppressionWarning> problems = new ArrayList<>();
    for (SuppressionComment c : comments) {
      if (!mayHoldDirective(c.text())) {
        continue; // the common case: a plain comment
      }
      for (SuppressionSyntax.Parsed p : SuppressionSyntax.parse(c, resolver)) {
        if (p.problem() != null) {
          problems.add(new SuppressionWarning(c.line(), c.column(), p.problem()));
          continue;
        }
        Suppression s = p.suppression();
        if (s.kind().isOwn() && !s.unknownCodes().isEmpty()) {
          problems.add(new SuppressionWarning(c.line(), c.column(), "suppression '" + s.text() + "' names "
              + (s.unknownCodes().size() == 1 ? "an unknown rule: " : "unknown rules: ")
              + String.join(", ", s.unknownCodes())));
        }
        if (s.kind() == Suppression.Kind.BULWARK_FILE) {
          if (!c.ownLine() || (firstStatement > 0 && c.line() > firstStatement)) {
            problems.add(new SuppressionWarning(c.line(), c.column(), "suppression '" + s.text()
                + "' is ignored: ignore-file must be a comment line before the first statement"));
            continue;
          }
          targets.add(0);
        } else if (s.kind() == Suppression.Kind.BULWARK && c.ownLine()) {
          int next = c.line() + 1;
          while (commentLines.contains(next)) {
            next++;
          }
          targets.add(next);
        } else {
          targets.add(c.line());
        }
        found.add(s);
      }
    }
    int[] target = targets.stream().mapToInt(Integer::intValue).toArray();
    return new Suppressions(List.copyOf(found), target, List.copyOf(problems), source);
  }

  /** Every directive read, in source order. */
  public List<Suppression> all() {
    return all;
  }

  /**
   * Splits findings into the ones still reported and the ones suppressed, and warns about every
   * directive that is malformed or that covered nothing.
   *
   * @param findings the file's findings
   * @param ruleActive whether a rule ran on this file: a suppression of a rule that did not run
   *     (not selected, ignored for this path) is not reported as unused
   */
  public Outcome apply(List<Finding> findings, Predicate<String> ruleActive) {
    List<Finding> kept = new ArrayList<>();
    List<Finding> suppressed = new ArrayList<>();
    List<Set<String>> used = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      used.add(new HashSet<>());
    }
    for (Finding f : findings) {
      boolean covered = false;
      int line = f.location().line();
      int statementStart = source.statementAt(line).start();
      for (int i = 0; i < all.size(); i++) {
        Suppression s = all.get(i);
        if (s.covers(f.ruleId()) && (target[i] == 0 || target[i] == line || target[i] == statementStart)) {
          covered = true;
          used.get(i).add(f.ruleId());
        }
      }
      (covered ? suppressed : kept).add(f);
    }
    List<SuppressionWarning> warnings = new ArrayList<>(problems);
    for (int i = 0; i < all.size(); i++) {
      Suppression s = all.get(i);
      if (!s.kind().isOwn()) {
        continue; // nosec and noqa also serve other tools, whose findings we cannot see
      }
      if (s.allRules()) {
        if (used.get(i).isEmpty()) {
          warnings.add(new SuppressionWarning(s.line(), s.column(),
              "unused suppression '" + s.text() + "': no finding " + where(s, target[i]) + " to suppress"));
        }
        continue;
      }
      Set<String> unused = new LinkedHashSet<>();
      for (String id : s.ruleIds()) {
        if (ruleActive.test(id) && !used.get(i).contains(id)) {
          unused.add(id);
        }
      }
      if (!unused.isEmpty()) {
        warnings.add(new SuppressionWarning(s.line(), s.column(), "unused suppression '" + s.text() + "': no "
            + unused.stream().sorted().collect(Collectors.joining(", ")) + " finding " + where(s, target[i])));
      }
    }
    warnings.sort(Comparator.comparingInt(SuppressionWarning::line).thenComparingInt(SuppressionWarning::column));
    return new Outcome(List.copyOf(kept), List.copyOf(suppressed), List.copyOf(warnings));
  }

  private static String where(Suppression s, int target) {
    if (s.kind() == Suppression.Kind.BULWARK_FILE) {
      return "in this file";
    }
    return target == s.line() ? "on this line" : "on line " + target;
  }

  /** A cheap test for comments that cannot hold a directive, so that callers and parsing can skip them. */
  public static boolean mayHoldDirective(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("bulwark") || lower.contains("nosec") || lower.contains("noqa");
  }

  /**
   * What applying the suppressions gave.
   *
   * @param kept the findings still reported, in the order given
   * @param suppressed the findings some directive covered
   * @param warnings malformed, misplaced and unused directives, by line
   */
  public record Outcome(List<Finding> kept, List<Finding> suppressed, List<SuppressionWarning> warnings) {}
}
