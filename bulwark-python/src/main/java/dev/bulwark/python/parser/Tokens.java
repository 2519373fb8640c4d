package dev.bulwark.python.parser;

import dev.bulwark.python.SyntaxError;
import java.util.Arrays;

/**
 * The tokens of one file, in parallel int arrays: cheap to build, cheap to index, and cheap to
 * back up in when the parser has to try an alternative. Positions are CPython's: 1-based lines and
 * 0-based columns in UTF-8 bytes; {@code start}/{@code end} are char offsets into the source.
 */
final class Tokens {
  /** The token that stands for a tokenizer error; the parser reports the error when it reaches it. */
  static final int ERROR = -1;

  int size;
  int[] kind;
  int[] start;
  int[] end;
  int[] line;
  int[] col;
  int[] endLine;
  int[] endCol;
  /** The tokenizer error that ended the stream, if any (the last token is then {@link #ERROR}). */
  SyntaxError error;
  /** When the error is a bracket never closed: the char offset of that bracket; else -1. */
  int unclosedOffset = -1;

  Tokens(int expected) {
    int n = Math.max(16, expected);
    kind = new int[n];
    start = new int[n];
    end = new int[n];
    line = new int[n];
    col = new int[n];
    endLine = new int[n];
    endCol = new int[n];
  }

  void add(int k, int s, int e, int l, int c, int el, int ec) {
    if (size == kind.length) {
      grow();
    }
    kind[size] = k;
    start[size] = s;
    end[size] = e;
    line[size] = l;
    col[size] = c;
    endLine[size] = el;
    endCol[size] = ec;
    size++;
  }

  private void grow() {
    int n = kind.length * 2;
    kind = Arrays.copyOf(kind, n);
    start = Arrays.copyOf(start, n);
    end = Arrays.copyOf(end, n);
    line = Arrays.copyOf(line, n);
    col = Arrays.copyOf(col, n);
    endLine = Arrays.copyOf(endLine, n);
    endCol = Arrays.copyOf(endCol, n);
  }
}
