package dev.bulwark.report.format;

import dev.bulwark.report.Location;
import dev.bulwark.report.SourceLines;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The caller's {@link SourceLines}, asked once per file, with the column conversions the formats
 * need. A provider that fails or returns nothing counts as "text unavailable".
 *
 * <p>Locations count columns from 0 in UTF-8 bytes (CPython's {@code col_offset}). The formats
 * want characters: code points for people, UTF-16 code units for SARIF. Converting needs the
 * line's text; without it a caller gets {@code -1}, or uses the byte offset where that is the
 * documented fallback.
 */
final class Sources {

  private final SourceLines provider;
  private final Map<String, List<String>> cache = new HashMap<>();

  Sources(SourceLines provider) {
    this.provider = provider;
  }

  /** The file's lines, or an empty list when its text is unavailable. */
  List<String> lines(String path) {
    return cache.computeIfAbsent(path, p -> {
      try {
        Optional<List<String>> lines = provider.lines(p);
        return lines == null ? List.of() : lines.orElse(List.of());
      } catch (RuntimeException e) {
        return List.of();
      }
    });
  }

  /** Line {@code number} (from 1) of the file, if its text is available and it has that line. */
  Optional<String> line(String path, int number) {
    List<String> lines = lines(path);
    return number >= 1 && number <= lines.size() ? Optional.ofNullable(lines.get(number - 1)) : Optional.empty();
  }

  /**
   * The column people read: from 1, counted in code points when the line's text is available,
   * else in UTF-8 bytes (the same for an ASCII line).
   */
  int displayColumn(Location at) {
    return displayColumn(at.path(), at.line(), at.column());
  }

  /** {@link #displayColumn(Location)} of the end of {@code at}. */
  int displayEndColumn(Location at) {
    return displayColumn(at.path(), at.endLine(), at.endColumn());
  }

  private int displayColumn(String path, int line, int bytes) {
    return line(path, line)
        .map(text -> codePointIndex(text, bytes) + 1)
        .orElse(Math.max(bytes, 0) + 1);
  }

  /**
   * The first line of {@code at}, made safe by {@code clean} (which must keep one character for
   * one), cut to {@code max} code points, with the location's range marked: to its end column
   * when it ends on that line, else to the end of the line.
   */
  Optional<Snippet> snippet(Location at, int max, UnaryOperator<String> clean) {
    return line(at.path(), at.line()).map(text -> {
      int start = codePointIndex(text, at.column());
      int end = at.endLine() == at.line() ? codePointIndex(text, at.endColumn()) : text.codePointCount(0, text.length());
      return Snippet.of(clean.apply(text), start, end, max);
    });
  }

  /** The UTF-16 index in {@code text} of UTF-8 byte offset {@code bytes}. */
  static int utf16Index(String text, int bytes) {
    return index(text, bytes, false);
  }

  /** The code point index in {@code text} of UTF-8 byte offset {@code bytes}. */
  static int codePointIndex(String text, int bytes) {
    return index(text, bytes, true);
  }

  /**
   * Walks {@code text} until {@code bytes} UTF-8 bytes are consumed. An offset inside a character
   * maps to that character; an offset past the end counts each missing byte as one unit.
   */
  private static int index(String text, int bytes, boolean codePoints) {
    if (bytes <= 0) {
      return 0;
    }
    int consumed = 0;
    int units = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int width = utf8Width(cp);
      if (consumed + width > bytes) {
        return units;
      }
      consumed += width;
      int chars = Character.charCount(cp);
      units += codePoints ? 1 : chars;
      i += chars;
      if (consumed == bytes) {
        return units;
      }
    }
    return units + (bytes - consumed);
  }

  private static int utf8Width(int cp) {
    if (cp < 0x80) {
      return 1;
    } else if (cp < 0x800) {
      return 2;
    } else if (cp < 0x10000) {
      return 3;
    }
    return 4;
  }
}
