package dev.bulwark.report.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What suppressions and fingerprints need to know about a file's text: its lines, and which
 * statement each line belongs to. The caller builds it from the parse (the report module knows no
 * parser), usually with {@link #of}.
 */
public interface SourceText {

  /** Line {@code number} (from 1) without its line break, or {@code ""} outside the file. */
  String line(int number);

  /**
   * The lines of the innermost statement that holds line {@code number}: a simple statement whole,
   * a compound statement ({@code if}, {@code def}, ...) only its header. A line outside every
   * statement is a statement of its own.
   */
  LineSpan statementAt(int number);

  /** The first line of the first statement, or 0 in a file with none. */
  int firstStatementLine();

  /** The given text and statement spans (in any order; nested ones are fine). */
  static SourceText of(String text, List<LineSpan> statements) {
    return new Indexed(splitLines(text), statements);
  }

  /** Splits on {@code \n}, {@code \r\n} and {@code \r}, as Python counts lines. */
  static List<String> splitLines(String text) {
    return dev.bulwark.report.SourceLines.split(text);
  }

  /** The default accessor: one array entry per line naming its innermost statement. */
  final class Indexed implements SourceText {
    private final List<String> lines;
    private final LineSpan[] innermost;
    private final int firstStatement;

    private Indexed(List<String> lines, List<LineSpan> statements) {
      this.lines = List.copyOf(lines);
      List<LineSpan> sorted = new ArrayList<>(statements);
      // Outer before inner: a later start, or the same start and a shorter span, is more inner.
      sorted.sort(Comparator.comparingInt(LineSpan::start)
          .thenComparing(Comparator.comparingInt(LineSpan::end).reversed()));
      int last = lines.size();
      for (LineSpan s : sorted) {
        last = Math.max(last, s.end());
      }
      this.innermost = new LineSpan[last + 1];
      for (LineSpan s : sorted) {
        for (int line = s.start(); line <= s.end(); line++) {
          innermost[line] = s;
        }
      }
      this.firstStatement = sorted.isEmpty() ? 0 : sorted.get(0).start();
    }

    @Override
    public String line(int number) {
      return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    @Override
    public LineSpan statementAt(int number) {
      LineSpan span = number >= 1 && number < innermost.length ? innermost[number] : null;
      return span != null ? span : LineSpan.of(Math.max(1, number));
    }

    @Override
    public int firstStatementLine() {
      return firstStatement;
    }
  }
}
