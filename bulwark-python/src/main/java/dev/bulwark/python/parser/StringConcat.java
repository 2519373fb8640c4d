package dev.bulwark.python.parser;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.python.ast.TextRange;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Joins adjacent string literals into one node as CPython does: plain strings into one Constant
 * (or bytes), any f-string among them into one JoinedStr whose adjacent literal parts are merged,
 * t-strings into one TemplateStr. Mixing bytes with text is an error, and so is mixing t-strings
 * with other strings.
 */
final class StringConcat {

  /** The values of a JoinedStr being built: literal text is merged until an expression comes. */
  static final class Pieces {
    private final List<Expr> values = new ArrayList<>(4);
    private StringBuilder text;
    private BitSet lone;
    private TextRange textStart;
    private TextRange textEnd;

    void text(String s, TextRange range) {
      text(s, null, range);
    }

    /** Adds literal text; {@code loneHere} marks escaped surrogates in {@code s} (may be null). */
    void text(String s, BitSet loneHere, TextRange range) {
      if (s.isEmpty()) {
        return;
      }
      if (text == null) {
        text = new StringBuilder(s.length() + 16);
        textStart = range;
      }
      if (loneHere != null && !loneHere.isEmpty()) {
        if (lone == null) {
          lone = new BitSet();
        }
        int offset = text.length();
        loneHere.stream().forEach(i -> lone.set(offset + i));
      }
      text.append(s);
      textEnd = range;
    }

    void expr(Expr e) {
      flush();
      values.add(e);
    }

    private void flush() {
      if (text != null) {
        PyConstant.PyStr value = new PyConstant.PyStr(text.toString(), lone == null ? null : lone.stream().toArray());
        values.add(new Expr.Constant(value, null, TextRange.span(textStart, textEnd)));
        text = null;
        lone = null;
      }
    }

    List<Expr> values() {
      flush();
      return values;
    }
  }

  private final ExpressionParser parser;
  private final Pieces pieces = new Pieces();
  private ByteArrayOutputStream bytes;
  private boolean sawText;
  private boolean sawFormatted;
  private boolean sawTemplate;
  private boolean sawNonTemplate;
  private boolean firstIsUnicode;
  private int count;

  StringConcat(ExpressionParser parser) {
    this.parser = parser;
  }

  /** A STRING token. */
  void plain(int tok) {
    char[] src = parser.src;
    Tokens t = parser.t;
    int start = t.start[tok];
    Literals.Prefix prefix = Literals.Prefix.of(src, start);
    int quote = start + prefix.length();
    char q = src[quote];
    boolean triple = t.end[tok] - quote >= 6 && src[quote + 1] == q && src[quote + 2] == q;
    int qlen = triple ? 3 : 1;
    int bodyStart = quote + qlen;
    int bodyEnd = t.end[tok] - qlen;
    if (count++ == 0) {
      // CPython records kind='u' only for a lower-case u prefix
      firstIsUnicode = src[start] == 'u';
    }
    sawNonTemplate = true;
    try {
      if (prefix.bytes()) {
        if (sawText) {
          throw parser.errorAt("cannot mix bytes and nonbytes literals", tok);
        }
        if (bytes == null) {
          bytes = new ByteArrayOutputStream();
        }
        bytes.writeBytes(Literals.bytes(src, bodyStart, bodyEnd, prefix.raw()));
        return;
      }
      if (bytes != null) {
        throw parser.errorAt("cannot mix bytes and nonbytes literals", tok);
      }
      sawText = true;
      BitSet lone = new BitSet();
      String value = Literals.str(src, bodyStart, bodyEnd, prefix.raw(), lone);
      pieces.text(value, lone, parser.rangeOf(tok));
    } catch (Literals.BadLiteral e) {
      throw parser.errorAt(e.getMessage(), tok);
    }
  }

  /** An f-string or t-string, from its FSTRING_START to its FSTRING_END. */
  void formatted() {
    char[] src = parser.src;
    Tokens t = parser.t;
    int startTok = parser.p++;
    Literals.Prefix prefix = Literals.Prefix.of(src, t.start[startTok]);
    if (count++ == 0) {
      firstIsUnicode = false;
    }
    if (bytes != null) {
      throw parser.errorAt("cannot mix bytes and nonbytes literals", startTok);
    }
    sawText = true;
    sawFormatted = true;
    if (prefix.template()) {
      sawTemplate = true;
    } else {
      sawNonTemplate = true;
    }
    while (!parser.at(Tok.FSTRING_END)) {
      if (parser.at(Tok.FSTRING_MIDDLE)) {
        BitSet lone = new BitSet();
        String text = middle(parser, parser.p, prefix.raw(), lone);
        pieces.text(text, lone, parser.rangeOf(parser.p));
        parser.p++;
      } else if (parser.at(Tok.LBRACE)) {
        pieces.expr(parser.replacementField(prefix.raw(), prefix.template(), pieces));
      } else {
        throw parser.invalidSyntax();
      }
    }
    parser.p++;
  }

  static String middle(ParserBase parser, int tok, boolean raw, BitSet lone) {
    try {
      return Literals.fstringMiddle(parser.src, parser.t.start[tok], parser.t.end[tok], raw, lone);
    } catch (Literals.BadLiteral e) {
      throw parser.errorAt(e.getMessage(), tok);
    }
  }

  Expr result(int firstTok) {
    TextRange range = parser.rangeFrom(firstTok);
    if (sawTemplate) {
      if (sawNonTemplate) {
        throw parser.errorAt("cannot mix t-string literals with string or bytes literals", firstTok);
      }
      return new Expr.TemplateStr(pieces.values(), range);
    }
    if (sawFormatted) {
      return new Expr.JoinedStr(pieces.values(), range);
    }
    if (bytes != null) {
      return new Expr.Constant(new PyConstant.PyBytes(bytes.toByteArray()), null, range);
    }
    // without f-strings the pieces have merged into at most one Constant
    List<Expr> merged = pieces.values();
    PyConstant value = merged.isEmpty() ? new PyConstant.PyStr("") : ((Expr.Constant) merged.get(0)).value();
    return new Expr.Constant(value, firstIsUnicode ? "u" : null, range);
  }
}
