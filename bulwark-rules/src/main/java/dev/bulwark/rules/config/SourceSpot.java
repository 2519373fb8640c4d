package dev.bulwark.rules.config;

import dev.bulwark.python.ast.Located;
import dev.bulwark.python.ast.TextRange;
import dev.bulwark.python.ast.TreeVisitor;
import dev.bulwark.rules.RuleContext;
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
   * Every code point of the file that {@code wanted} accepts, in order, with columns counted in
   * UTF-8 bytes like every node position. Printable ASCII, tab, line feed and carriage return are
   * never offered to {@code wanted}.
   */
  static List<SourceSpot> find(RuleContext context, IntPredicate wanted) {
    List<SourceSpot> unusual = context.fileFact(SourceSpot.class, c -> unusual(c.source()));
    if (unusual.isEmpty()) {
      return unusual;
    }
    List<SourceSpot> spots = new ArrayList<>();
    for (SourceSpot s : unusual) {
      if (wanted.test(s.codePoint())) {
        spots.add(s);
      }
    }
    return spots;
  }

  /**
   * The code points other than printable ASCII, tab, line feed and carriage return: found once per
   * file for all the rules that read characters. Most files have none.
   */
  static List<SourceSpot> unusual(String source) {
    List<SourceSpot> spots = new ArrayList<>(0);
    int n = source.length();
    int line = 1;
    int col = 0;
    for (int i = 0; i < n; ) {
      char c = source.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        col++;
        i++;
        continue;
      }
      if (c == '\n' || (c == '\r' && (i + 1 >= n || source.charAt(i + 1) != '\n'))) {
        line++;
        col = 0;
        i++;
        continue;
      }
      if (c == '\t' || c == '\r') {
        col++;
        i++;
        continue;
      }
      int cp = source.codePointAt(i);
      int width = utf8Width(cp);
      spots.add(new SourceSpot(new TextRange(line, col, line, col + width), cp, i));
      col += width;
      i += Character.charCount(cp);
    }
    return spots;
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
