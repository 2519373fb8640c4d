package dev.bulwark.python;

import dev.bulwark.python.ast.Mod;
import java.util.List;
import java.util.Optional;

/**
 * What parsing one file gives: the tree and its comments, or the syntax error that stopped it.
 * Like CPython, a file with a syntax error has no tree.
 *
 * @param path the file's name as given, used in messages
 * @param source the decoded text, newlines as in the file (empty when the file could not be decoded)
 * @param module the tree, or null when {@code error} is present
 * @param comments every comment of the file, in source order (empty when the file did not tokenize)
 * @param error the first syntax error, as CPython reports it
 */
public record ParseResult(String path, String source, Mod.Module module, List<Comment> comments,
    Optional<SyntaxError> error) {

  public boolean ok() {
    return error.isEmpty();
  }
}
