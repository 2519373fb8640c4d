package dev.bulwark.report;

/**
 * Where a finding is: a file and a range in it, lines from 1 and columns from 0 counted in UTF-8
 * bytes, as the Python parser reports them.
 */
public record Location(String path, int line, int column, int endLine, int endColumn) {}
