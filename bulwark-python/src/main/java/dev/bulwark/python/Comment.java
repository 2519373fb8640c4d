package dev.bulwark.python;

import dev.bulwark.python.ast.TextRange;

/** A comment, its text starting at the {@code #}, kept beside the tree for suppressions and pragmas. */
public record Comment(String text, TextRange range) {}
