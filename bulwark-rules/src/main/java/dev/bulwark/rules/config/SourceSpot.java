package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Located;
import dev.bulwark.python.ast.TextRange;
import dev.bulwark.python.ast.TreeVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A place in the source text that is not a node (a stray character), so that rules reading
 * characters can report through the same API as rules reading the tree.
 *
 * @param range where the character is, columns in UTF-8 bytes
 * @param codePoint the character
 * @param offset its char index in the source text, to look at its neighbours
 */
record SourceSpot(TextRange range, int codePoint, int offset) implements Located {

  /**
   * Every code point of {@code source} that {@code wanted} accepts, in order, with columns counted
   * in UTF-8 bytes like every node position. Printable ASCII, tab, line feed and carriage return
   * are never offered to {@code wanted}: most files hold nothing else and are done in one quick scan.
   */
  static List<SourceSpot> find(String source, IntPredicate wanted) {
    if (isPlainText(source)) {
      return List.of();
    }
    List<SourceSpot> spots = new ArrayList<>();
    int line = 1;
    int col = 0;
    for (int i = 0; i < source.length(); ) {
      int cp = source.codePointAt(i);
      int width = utf8Width(cp);
      if (!isPlain(cp) && wanted.test(cp)) {
        spots.add(new SourceSpot(new TextRange(line, col, line, col + width), cp, i));
      }
      boolean lineEnd = cp == '\n' || (cp == '\r' && (i + 1 >= source.length() || source.charAt(i + 1) != '\n'));
      if (lineEnd) {
        line++;
        col = 0;
      } else {
        col += width;
      }
      i += Character.charCount(cp);
    }
    return spots;
  }

  private static boolean isPlainText(String source) {
    for (int i = 0; i < source.length(); i++) {
      if (!isPlain(source.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPlain(int c) {
    return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t' || c == '\r';
  }

  private static int utf8Width(int cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }

  /** The code point as {@code U+XXXX}, for messages. */
  String codePointName() {
    return String.format("U+%04X", codePoint);
  }

  @Override
  public String nodeName() {
    return "SourceSpot";
  }

  @Override
  public void accept(TreeVisitor visitor) {
    // not part of the tree: nothing below it to visit
  }
}
