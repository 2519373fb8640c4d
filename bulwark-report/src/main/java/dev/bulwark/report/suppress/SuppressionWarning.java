package dev.bulwark.report.suppress;

/**
 * Something wrong with a suppression comment: it is malformed, names an unknown rule, sits where it
 * cannot apply, or suppresses nothing.
 *
 * @param line the comment's line
 * @param column the comment's column, from 0 in UTF-8 bytes
 * @param message what is wrong, quoting the comment
 */
public record SuppressionWarning(int line, int column, String message) {}
