package dev.bulwark.rules.injection;

import java.util.ArrayList;
import java.util.List;

/**
 * A shell command line cut into commands and words the way {@code sh} cuts it: quotes group and
 * protect, and {@code ;}, {@code &}, {@code |} and newlines outside quotes end a command. Only as
 * much of the shell language as the wildcard check needs; expansions are kept as text.
 */
final class ShellLine {
  private ShellLine() {}

  /**
   * One word of a command.
   *
   * @param text the word with its quotes removed
   * @param leadingGlob whether a {@code *} outside quotes comes before any {@code /}, so that the
   *     names it expands to start with whatever a file in the directory is called ({@code -rf} included)
   */
  record Word(String text, boolean leadingGlob) {}

  /** The commands of a line, each a list of words. */
  static List<List<Word>> commands(String line) {
    List<List<Word>> commands = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    boolean glob = false;
    boolean slash = false;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
          slash |= c == '/';
        }
        continue;
      }
      if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (c == '\\' && i + 1 < line.length()) {
        word.append(line.charAt(++i));
        inWord = true;
      } else if (Character.isWhitespace(c) && c != '\n' || c == ';' || c == '&' || c == '|' || c == '\n') {
        if (inWord) {
          current.add(new Word(word.toString(), glob));
        }
        word.setLength(0);
        inWord = false;
        glob = false;
        slash = false;
        if (!Character.isWhitespace(c) || c == '\n') {
          if (!current.isEmpty()) {
            commands.add(current);
          }
          current = new ArrayList<>();
        }
      } else {
        glob |= c == '*' && !slash;
        slash |= c == '/';
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      current.add(new Word(word.toString(), glob));
    }
    if (!current.isEmpty()) {
      commands.add(current);
    }
    return commands;
  }
}
