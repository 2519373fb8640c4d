package dev.bulwark.report.suppress;

/**
 * A comment as the parser found it: the input of {@link Suppressions}.
 *
 * @param line its line, from 1
 * @param column where its {@code #} is, from 0 in UTF-8 bytes (as finding columns)
 * @param text the comment from its {@code #} to the end of the line
 * @param ownLine whether only whitespace comes before it on its line
 */
public record SuppressionComment(int line, int column, String text, boolean ownLine) {}
