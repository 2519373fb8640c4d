package dev.bulwark.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text of the scanned files, line by line, for the code snippets of a report. The caller
 * implements it (it has read and decoded the files); writers ask once per file and do without a
 * snippet when the text is unavailable.
 */
@FunctionalInterface
public interface SourceLines {

  /**
   * The lines of the file at {@code path} (the same string as {@link Location#path()}), without
   * line ends, line 1 first; empty when the text is unavailable.
   */
  Optional<List<String>> lines(String path);

  /** No text for any file: reports have no snippets. */
  static SourceLines none() {
    return path -> Optional.empty();
  }

  /** The texts in {@code textByPath}, split into lines the way Python counts them. */
  static SourceLines of(Map<String, String> textByPath) {
    Map<String, List<String>> lines = new HashMap<>();
    textByPath.forEach((path, text) -> lines.put(path, split(text)));
    return path -> Optional.ofNullable(lines.get(path));
  }

  /**
   * Splits {@code text} into lines at {@code \n}, {@code \r\n} and {@code \r}, as Python's
   * tokenizer numbers them. A final line end does not start another line.
   */
  static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return List.copyOf(lines);
  }
}
