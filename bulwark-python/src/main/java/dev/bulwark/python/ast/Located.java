package dev.bulwark.python.ast;

/** A node with a source position, as CPython gives {@code lineno}/{@code col_offset}/... to it. */
public interface Located extends Node {

  TextRange range();
}
