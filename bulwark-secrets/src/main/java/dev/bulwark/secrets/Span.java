package dev.bulwark.secrets;

/**
 * Characters of one line that hold (part of) a secret: line from 1, start and end as char indexes
 * into the line, end exclusive.
 */
public record Span(int line, int start, int end) {}
