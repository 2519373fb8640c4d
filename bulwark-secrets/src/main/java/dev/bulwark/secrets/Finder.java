package dev.bulwark.secrets;

import java.util.List;
import java.util.function.Consumer;

/**
 * Looks for one kind of secret in one line of a file. Every finder first looks for a literal
 * (a token prefix, a key name) with {@link String#indexOf}, and does any further matching only
 * at those places over a bounded number of characters, so its cost grows linearly with the line.
 */
interface Finder {

  /**
   * Literals of which at least one occurs in every line this finder can find something in; the
   * scanner calls {@link #find} only for such lines. Empty: call it for every line.
   */
  List<String> triggers();

  /**
   * Reports each secret found in line {@code index} (from 0) of {@code lines}; a finder may read the
   * following lines too (a PEM key's body).
   */
  void find(List<String> lines, int index, Consumer<Hit> out);
}
