package dev.bulwark.report.suppress;

import java.util.List;
import java.util.Set;

/**
 * One suppression directive read from a comment.
 *
 * @param kind which syntax it was written in
 * @param line the comment's line
 * @param column the comment's column
 * @param text the directive as written, e.g. {@code # bulwark: ignore[BW602]}
 * @param allRules whether it names no rules, and so covers them all
 * @param ruleIds the ids of the rules it names (empty when {@code allRules})
 * @param unknownCodes codes it names that are no Bulwark rule
 * @param reason the justification written after {@code --}, or {@code ""}
 */
public record Suppression(Kind kind, int line, int column, String text, boolean allRules, Set<String> ruleIds,
    List<String> unknownCodes, String reason) {

  /** The syntaxes understood. */
  public enum Kind {
    /** {@code # bulwark: ignore[...]}: this line, or the statement that follows. */
    BULWARK,
    /** {@code # bulwark: ignore-file[...]}: the whole file. */
    BULWARK_FILE,
    /** Bandit's {@code # nosec [B602, ...]}: this line. */
    NOSEC,
    /** Ruff's and flake8's {@code # noqa[: S602, ...]}: this line. */
    NOQA;

    /** Whether the syntax is Bulwark's own (the others are shared with other tools). */
    public boolean isOwn() {
      return this == BULWARK || this == BULWARK_FILE;
    }
  }

  public Suppression {
    ruleIds = Set.copyOf(ruleIds);
    unknownCodes = List.copyOf(unknownCodes);
  }

  /** Whether it covers findings of rule {@code ruleId}. */
  public boolean covers(String ruleId) {
    return allRules || ruleIds.contains(ruleId);
  }
}
