package dev.bulwark.python.parser;

import dev.bulwark.python.SyntaxError;
import dev.bulwark.python.ast.Located;
import dev.bulwark.python.ast.TextRange;
import java.text.Normalizer;

/**
 * The parser's cursor over the token arrays: lookahead, consuming, backing up, positions of
 * nodes (from their first token to the last one consumed, as CPython's EXTRA does) and errors.
 */
abstract class ParserBase {

  /**
   * How deep a tree may grow. CPython gives up somewhere between 5,000 and 10,000 levels (its parser
   * stack and its recursion limit); we stop at a depth that tree walkers can still recurse through.
   */
  static final int MAX_NESTING = 6000;

  final char[] src;
  final Tokens t;
  final int[] kinds;
  int p;
  int nesting;

  ParserBase(char[] src, Tokens tokens) {
    this.src = src;
    this.t = tokens;
    this.kinds = tokens.kind;
  }

  // ---------------------------------------------------------------- lookahead

  final int kind() {
    return kinds[p];
  }

  final int kindAt(int offset) {
    int i = p + offset;
    return i < t.size ? kinds[i] : Tok.ENDMARKER;
  }

  final boolean at(int kind) {
    return kinds[p] == kind;
  }

  final boolean accept(int kind) {
    if (kinds[p] == kind) {
      p++;
      return true;
    }
    return false;
  }

  /** Consumes a token of the given kind, or fails with CPython's "expected 'x'" message. */
  final int expect(int kind) {
    if (kinds[p] != kind) {
      if (kind == Tok.COLON || kind == Tok.RPAR || kind == Tok.RSQB || kind == Tok.RBRACE
          || kind == Tok.KW_IN || kind == Tok.EQUAL) {
        throw expected(kind);
      }
      throw invalidSyntax();
    }
    return p++;
  }

  ParseFailure expected(int kind) {
    if (kind == Tok.COLON) {
      return errorAtPrevEnd("expected ':'");
    }
    return invalidSyntax();
  }

  /** True when the current token is the soft keyword or name {@code word}. */
  final boolean atName(String word) {
    return kinds[p] == Tok.NAME && textEquals(p, word);
  }

  final boolean textEquals(int tok, String word) {
    int s = t.start[tok];
    int len = t.end[tok] - s;
    if (len != word.length()) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (src[s + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Identifiers seen in this file, so that each repeated name is one String (a direct-mapped cache). */
  private final String[] names = new String[1024];

  /** The identifier of a NAME token, NFKC-normalized as CPython normalizes non-ASCII identifiers. */
  final String name(int tok) {
    int s = t.start[tok];
    int e = t.end[tok];
    int h = 0;
    for (int i = s; i < e; i++) {
      char c = src[i];
      if (c >= 0x80) {
        return Normalizer.normalize(new String(src, s, e - s), Normalizer.Form.NFKC);
      }
      h = 31 * h + c;
    }
    int slot = (h ^ (h >>> 10)) & (names.length - 1);
    String cached = names[slot];
    if (cached != null && sameText(cached, s, e)) {
      return cached;
    }
    String fresh = new String(src, s, e - s);
    names[slot] = fresh;
    return fresh;
  }

  private boolean sameText(String text, int s, int e) {
    if (text.length() != e - s) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != src[s + i]) {
        return false;
      }
    }
    return true;
  }

  final String text(int tok) {
    return new String(src, t.start[tok], t.end[tok] - t.start[tok]);
  }

  // ---------------------------------------------------------------- positions

  /** From the start of token {@code first} to the end of the last real token consumed. */
  final TextRange rangeFrom(int first) {
    int last = lastReal();
    return new TextRange(t.line[first], t.col[first], t.endLine[last], t.endCol[last]);
  }

  final TextRange rangeOf(int tok) {
    return new TextRange(t.line[tok], t.col[tok], t.endLine[tok], t.endCol[tok]);
  }

  /** From the start of token {@code first} to the end of token {@code last}. */
  final TextRange rangeTokens(int first, int last) {
    return new TextRange(t.line[first], t.col[first], t.endLine[last], t.endCol[last]);
  }

  static TextRange span(Located first, Located last) {
    return TextRange.span(first.range(), last.range());
  }

  /** From the start of a node to the end of the last real token consumed. */
  final TextRange rangeFrom(Located first) {
    int last = lastReal();
    TextRange r = first.range();
    return new TextRange(r.line(), r.col(), t.endLine[last], t.endCol[last]);
  }

  /** From the start of token {@code first} to the end of a node. */
  static TextRange rangeTo(TextRange first, Located last) {
    TextRange r = last.range();
    return new TextRange(first.line(), first.col(), r.endLine(), r.endCol());
  }

  private int lastReal() {
    int i = p - 1;
    while (i > 0 && (kinds[i] == Tok.NEWLINE || kinds[i] == Tok.DEDENT || kinds[i] == Tok.INDENT)) {
      i--;
    }
    return Math.max(i, 0);
  }

  // ---------------------------------------------------------------- nesting

  final void enter() {
    if (++nesting > MAX_NESTING) {
      throw tooComplex();
    }
  }

  final ParseFailure tooComplex() {
    return fail(new SyntaxError("SyntaxError", "too many nested expressions: Python source too complex to parse",
        t.line[p], charColumn(t.start[p]), 0, 0), p);
  }

  final void leave() {
    nesting--;
  }

  // ---------------------------------------------------------------- errors

  /**
   * Settles which error to report, as CPython does after a failed parse: it tokenizes the rest of
   * the file, and a tokenizer error found there (an unterminated string, a bad number) replaces the
   * parser's. A bracket left open at the end of the file only does when the failure is inside it.
   */
  final ParseFailure fail(SyntaxError parserError, int tok) {
    if (t.error == null) {
      return new ParseFailure(parserError);
    }
    if (kinds[tok] == Tokens.ERROR || t.unclosedOffset < 0) {
      return new ParseFailure(t.error);
    }
    // CPython reports the open bracket once its parser has read on towards the end of the file:
    // past the bracket's line, or into an expression after it. A failure on a token that cannot
    // start an expression, on the bracket's own line, keeps the parser's message.
    boolean inside = t.start[tok] > t.unclosedOffset;
    boolean readOn = t.line[tok] != t.error.line() || startsExpression(kinds[tok]);
    return new ParseFailure(inside && readOn ? t.error : parserError);
  }

  /** Whether a token of this kind can begin an expression. */
  static boolean startsExpression(int kind) {
    switch (kind) {
      case Tok.NAME, Tok.NUMBER, Tok.STRING, Tok.FSTRING_START, Tok.LPAR, Tok.LSQB, Tok.LBRACE, Tok.MINUS,
          Tok.PLUS, Tok.TILDE, Tok.STAR, Tok.ELLIPSIS, Tok.KW_NOT, Tok.KW_LAMBDA, Tok.KW_AWAIT, Tok.KW_NONE,
          Tok.KW_TRUE, Tok.KW_FALSE, Tok.KW_YIELD:
        return true;
      default:
        return false;
    }
  }

  /** "invalid syntax" at the current token, or the tokenizer's error if that is where we are. */
  final ParseFailure invalidSyntax() {
    return errorAt("invalid syntax", p);
  }

  final ParseFailure errorAt(String message, int tok) {
    return fail(new SyntaxError("SyntaxError", message, t.line[tok], charColumn(t.start[tok]),
        t.endLine[tok], charColumn(t.end[tok])), tok);
  }

  final ParseFailure errorAtNode(String message, Located node) {
    TextRange r = node.range();
    return fail(new SyntaxError("SyntaxError", message, r.line(), r.col() + 1, r.endLine(), r.endCol() + 1), p);
  }

  final ParseFailure indentationError(String message, int tok) {
    return fail(new SyntaxError("IndentationError", message, t.line[tok], charColumn(t.start[tok]), 0, 0), tok);
  }

  /** An error placed just after the last real token (not a NEWLINE or DEDENT) consumed. */
  final ParseFailure errorAfterLastReal(String message) {
    int last = lastReal();
    return fail(new SyntaxError("SyntaxError", message, t.endLine[last], charColumn(t.end[last]),
        t.endLine[last], charColumn(t.end[last])), p);
  }

  /** An error placed just after the previous token, as CPython places "expected ':'". */
  final ParseFailure errorAtPrevEnd(String message) {
    int prev = Math.max(p - 1, 0);
    return fail(new SyntaxError("SyntaxError", message, t.endLine[prev], charColumn(t.end[prev]),
        t.endLine[prev], charColumn(t.end[prev])), p);
  }

  /** CPython's SyntaxError offsets count characters from 1. */
  final int charColumn(int offset) {
    int i = Math.min(offset, src.length);
    int ls = i;
    while (ls > 0 && src[ls - 1] != '\n') {
      ls--;
    }
    return i - ls + 1;
  }
}
