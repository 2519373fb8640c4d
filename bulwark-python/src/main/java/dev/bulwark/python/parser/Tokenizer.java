package dev.bulwark.python.parser;

import dev.bulwark.python.Comment;
import dev.bulwark.python.SyntaxError;
import dev.bulwark.python.ast.TextRange;
import dev.bulwark.python.source.DecodeError;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits Python source into tokens the way CPython 3.13's tokenizer does: indentation with tab
 * consistency checks, implicit line joining inside brackets, backslash continuation, all string
 * prefixes, and PEP 701 f-strings tokenized into their parts (literal text, fields, format specs)
 * with a stack of open brackets and strings.
 *
 * <p>The whole file is tokenized up front so the parser can back up cheaply. An error does not throw
 * out of {@link #tokenize}: it ends the stream with an {@link Tokens#ERROR} token, and the parser
 * reports it only if it gets that far, so an earlier syntax error wins as it does in CPython.
 */
public final class Tokenizer {

  /** CPython's limits (MAXLEVEL and MAXINDENT in its tokenizer). */
  static final int MAX_PAREN_DEPTH = 200;
  static final int MAX_INDENT = 100;
  static final int MAX_FSTRING_NESTING = 150;

  private static final char STRING_MARK = 'S';
  private static final char FIELD_MARK = 'F';

  private final char[] src;
  private final int n;
  private final Tokens out;
  private final List<Comment> comments = new ArrayList<>();
  /** The decoder's report of the first byte that was not UTF-8, if any, for CPython's wording. */
  private final DecodeError decodeError;

  private int pos;
  private int lineNo = 1;
  private int lineStart;
  private boolean lineHasTokens;

  // Open brackets, f-strings ('S') and f-string replacement fields ('F'), innermost last.
  private char[] parenKind = new char[16];
  private int[] parenOffset = new int[16];
  private int[] parenLine = new int[16];
  private int[] parenLineStart = new int[16];
  /** For 'S': the index of its FSTRING_START token; for 'F': 1 while in the format spec. */
  private int[] parenInfo = new int[16];
  private int depth;
  private int openFStrings;

  private final int[] indents = new int[MAX_INDENT + 2];
  private final int[] altIndents = new int[MAX_INDENT + 2];
  private int indentTop;

  // Position tracker: turns increasing char offsets into CPython's (line, UTF-8 byte column).
  private int trackOff;
  private int trackLine = 1;
  private int trackCol;

  private Tokenizer(char[] src, DecodeError decodeError) {
    this.src = src;
    this.decodeError = decodeError;
    this.n = src.length;
    this.out = new Tokens(src.length / 6 + 16);
  }

  /** The result of tokenizing: tokens (possibly ending in an error token) and the comments seen. */
  record Result(Tokens tokens, List<Comment> comments) {}

  /** Tokenizes text whose newlines are already {@code \n} only. */
  static Result tokenize(char[] src) {
    return tokenize(src, null);
  }

  /** Tokenizes text holding undecodable bytes as U+DC80..U+DCFF, which the decoder described. */
  static Result tokenize(char[] src, DecodeError decodeError) {
    Tokenizer t = new Tokenizer(src, decodeError);
    try {
      t.run();
    } catch (ParseFailure f) {
      t.out.error = f.error();
      int at = Math.min(t.pos, t.n);
      t.emitAt(Tokens.ERROR, at, at);
    }
    return new Result(t.out, t.comments);
  }

  // ---------------------------------------------------------------- positions

  private void track(int off) {
    int l = trackLine;
    int c = trackCol;
    for (int i = trackOff; i < off; i++) {
      char ch = src[i];
      if (ch == '\n') {
        l++;
        c = 0;
      } else if (ch < 0x80) {
        c++;
      } else if (ch < 0x800) {
        c += 2;
      } else if (Character.isHighSurrogate(ch)) {
        c += 4;
      } else if (!Character.isLowSurrogate(ch)) {
        c += 3;
      }
    }
    trackOff = off;
    trackLine = l;
    trackCol = c;
  }

  private void emitAt(int kind, int start, int end) {
    if (start < trackOff) {
      start = trackOff;
    }
    track(start);
    int l = trackLine;
    int c = trackCol;
    track(end);
    out.add(kind, start, end, l, c, trackLine, trackCol);
    if (kind != Tok.INDENT && kind != Tok.DEDENT) {
      lineHasTokens = true;
    }
  }

  private ParseFailure error(String message, int offset) {
    return error("SyntaxError", message, offset);
  }

  private ParseFailure error(String kind, String message, int offset) {
    int ls = lineStartOf(offset);
    int line = lineNo;
    if (offset < lineStart) {
      line = lineOf(offset);
    }
    return new ParseFailure(new SyntaxError(kind, message, line, offset - ls + 1, 0, 0));
  }

  private int lineStartOf(int offset) {
    int i = Math.min(offset, n);
    while (i > 0 && src[i - 1] != '\n') {
      i--;
    }
    return i;
  }

  private int lineOf(int offset) {
    int l = 1;
    for (int i = 0; i < offset && i < n; i++) {
      if (src[i] == '\n') {
        l++;
      }
    }
    return l;
  }

  private void newLineAt(int offsetAfterNewline) {
    lineNo++;
    lineStart = offsetAfterNewline;
  }

  // ---------------------------------------------------------------- main loop

  private void run() {
    boolean atLineStart = true;
    while (true) {
      if (depth > 0 && inFStringLiteral()) {
        scanFStringLiteral();
        continue;
      }
      if (atLineStart) {
        atLineStart = false;
        if (depth == 0 && indentation()) {
          // a blank or comment-only line: skip to its end without a NEWLINE
          skipBlankLine();
          if (pos >= n) {
            finish();
            return;
          }
          pos++;
          newLineAt(pos);
          atLineStart = true;
          continue;
        }
      }
      char c = pos < n ? src[pos] : 0;
      while (pos < n && (c == ' ' || c == '\t' || c == '\f')) {
        c = ++pos < n ? src[pos] : 0;
      }
      if (pos >= n) {
        finish();
        return;
      }
      if (c == '#') {
        comment();
        continue;
      }
      if (c == '\n') {
        if (depth == 0 && lineHasTokens) {
          emitAt(Tok.NEWLINE, pos, pos + 1);
          lineHasTokens = false;
        }
        pos++;
        newLineAt(pos);
        atLineStart = depth == 0;
        continue;
      }
      if (c == '\\') {
        continuation();
        continue;
      }
      if (c == 0) {
        throw error("source code cannot contain null bytes", pos);
      }
      if (isAsciiLetter(c) || c == '_' || (c >= 0x80 && isIdentifierStart(c))) {
        nameOrString();
        continue;
      }
      if (c >= '0' && c <= '9' || (c == '.' && pos + 1 < n && isDigit(src[pos + 1]))) {
        number();
        continue;
      }
      if (c == '\'' || c == '"') {
        string(pos, pos, false, false, false, false);
        continue;
      }
      operator(c);
    }
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Java's ID_Continue, without the characters Java merely ignores, plus ZWNJ and ZWJ, which
   * Unicode 15.1 (Python 3.13's version) made identifier characters.
   */
  private static boolean isIdentifierPart(int cp) {
    if (cp == 0x200C || cp == 0x200D) {
      return true;
    }
    return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
  }

  private boolean isIdentifierStart(char c) {
    if (Character.isHighSurrogate(c) && pos + 1 < n) {
      return Character.isUnicodeIdentifierStart(Character.toCodePoint(c, src[pos + 1]));
    }
    return Character.isUnicodeIdentifierStart(c);
  }

  /** Reads the indentation of a new line; returns true when the line is blank or only a comment. */
  private boolean indentation() {
    int col = 0;
    int altCol = 0;
    while (pos < n) {
      char c = src[pos];
      if (c == ' ') {
        col++;
        altCol++;
      } else if (c == '\t') {
        col = (col / 8 + 1) * 8;
        altCol++;
      } else if (c == '\f') {
        col = 0;
        altCol = 0;
      } else {
        break;
      }
      pos++;
    }
    if (pos >= n || src[pos] == '#' || src[pos] == '\n') {
      return true;
    }
    if (col == indents[indentTop]) {
      if (altCol != altIndents[indentTop]) {
        throw error("TabError", "inconsistent use of tabs and spaces in indentation", pos);
      }
    } else if (col > indents[indentTop]) {
      if (indentTop + 1 >= MAX_INDENT) {
        throw error("IndentationError", "too many levels of indentation", pos);
      }
      if (altCol <= altIndents[indentTop]) {
        throw error("TabError", "inconsistent use of tabs and spaces in indentation", pos);
      }
      indentTop++;
      indents[indentTop] = col;
      altIndents[indentTop] = altCol;
      emitAt(Tok.INDENT, lineStart, pos);
    } else {
      int dedents = 0;
      while (indentTop > 0 && col < indents[indentTop]) {
        indentTop--;
        dedents++;
      }
      if (col != indents[indentTop]) {
        int at = pos;
        if (src[pos] == '\\' && pos + 1 < n && src[pos + 1] == '\n') {
          // the line goes on after a backslash: CPython notices on the joined line, at its end
          newLineAt(pos + 2);
          at = pos + 2;
          while (at < n && src[at] != '\n') {
            at++;
          }
        }
        throw error("IndentationError", "unindent does not match any outer indentation level", at);
      }
      if (altCol != altIndents[indentTop]) {
        throw error("TabError", "inconsistent use of tabs and spaces in indentation", pos);
      }
      for (int i = 0; i < dedents; i++) {
        emitAt(Tok.DEDENT, pos, pos);
      }
    }
    return false;
  }

  private void skipBlankLine() {
    while (pos < n && src[pos] != '\n') {
      if (src[pos] == '#') {
        comment();
        return;
      }
      if (src[pos] == 0) {
        throw error("source code cannot contain null bytes", pos);
      }
      pos++;
    }
  }

  private void comment() {
    int start = pos;
    while (pos < n && src[pos] != '\n') {
      if (src[pos] == 0) {
        throw error("source code cannot contain null bytes", pos);
      }
      pos++;
    }
    track(start);
    int l = trackLine;
    int c = trackCol;
    track(pos);
    comments.add(new Comment(new String(src, start, pos - start), new TextRange(l, c, trackLine, trackCol)));
  }

  private void continuation() {
    if (pos + 1 >= n) {
      throw error("unexpected EOF while parsing", pos);
    }
    if (src[pos + 1] != '\n') {
      throw error("unexpected character after line continuation character", pos + 1);
    }
    if (pos + 2 >= n) {
      throw error("unexpected EOF while parsing", pos + 1);
    }
    pos += 2;
    newLineAt(pos);
  }

  /** The line an error at the end of the file is detected on: a final newline does not start a line. */
  private int eofLine() {
    return n > 0 && src[n - 1] == '\n' ? lineNo - 1 : lineNo;
  }

  private void finish() {
    if (depth > 0) {
      int top = depth - 1;
      if (parenKind[top] != STRING_MARK) {
        out.unclosedOffset = parenOffset[top];
      }
      if (parenKind[top] == FIELD_MARK) {
        throw new ParseFailure(new SyntaxError("SyntaxError", "'{' was never closed",
            parenLine[top], parenOffset[top] - parenLineStart[top] + 1, 0, 0));
      }
      if (parenKind[top] == STRING_MARK) {
        int s = fstringIndex();
        throw new ParseFailure(new SyntaxError("SyntaxError",
            "unterminated " + (isTriple(s) ? "triple-quoted " : "") + stringKind(s) + " literal (detected at line "
                + eofLine() + ")",
            parenLine[s], parenOffset[s] - parenLineStart[s] + 1, 0, 0));
      }
      throw new ParseFailure(new SyntaxError("SyntaxError", "'" + parenKind[top] + "' was never closed",
          parenLine[top], parenOffset[top] - parenLineStart[top] + 1, 0, 0));
    }
    if (lineHasTokens) {
      emitAt(Tok.NEWLINE, n, n);
      lineHasTokens = false;
    }
    while (indentTop > 0) {
      indentTop--;
      emitAt(Tok.DEDENT, n, n);
    }
    emitAt(Tok.ENDMARKER, n, n);
  }

  // ---------------------------------------------------------------- brackets

  private void push(char kind, int offset, int info) {
    if (depth == parenKind.length) {
      int m = depth * 2;
      parenKind = java.util.Arrays.copyOf(parenKind, m);
      parenOffset = java.util.Arrays.copyOf(parenOffset, m);
      parenLine = java.util.Arrays.copyOf(parenLine, m);
      parenLineStart = java.util.Arrays.copyOf(parenLineStart, m);
      parenInfo = java.util.Arrays.copyOf(parenInfo, m);
    }
    parenKind[depth] = kind;
    parenOffset[depth] = offset;
    parenLine[depth] = lineNo;
    parenLineStart[depth] = lineStart;
    parenInfo[depth] = info;
    depth++;
  }

  private void openBracket(char c) {
    if (depth - openFStrings >= MAX_PAREN_DEPTH) {
      throw error("too many nested parentheses", pos);
    }
    push(c, pos, 0);
  }

  private void closeBracket(char c) {
    char open = c == ')' ? '(' : c == ']' ? '[' : '{';
    if (depth == 0) {
      throw error("unmatched '" + c + "'", pos);
    }
    char top = parenKind[depth - 1];
    if (top == FIELD_MARK || top == STRING_MARK) {
      if (c == '}' && top == FIELD_MARK) {
        depth--;
        return;
      }
      throw error("f-string: unmatched '" + c + "'", pos);
    }
    if (top != open) {
      if (parenLine[depth - 1] != lineNo) {
        throw error("closing parenthesis '" + c + "' does not match opening parenthesis '" + top
            + "' on line " + parenLine[depth - 1], pos);
      }
      throw error("closing parenthesis '" + c + "' does not match opening parenthesis '" + top + "'", pos);
    }
    depth--;
  }

  // ---------------------------------------------------------------- names, numbers, operators

  private void nameOrString() {
    int start = pos;
    int i = pos;
    boolean ascii = true;
    while (i < n) {
      char c = src[i];
      if (isAsciiLetter(c) || isDigit(c) || c == '_') {
        i++;
      } else if (c >= 0x80) {
        int cp = Character.codePointAt(src, i, n);
        if (!isIdentifierPart(cp)) {
          break;
        }
        ascii = false;
        i += Character.charCount(cp);
      } else {
        break;
      }
    }
    if (i < n && (src[i] == '"' || src[i] == '\'') && i - start <= 2 && ascii) {
      if (stringPrefix(start, i)) {
        return;
      }
    }
    pos = i;
    if (i < n && src[i] >= 0x80 && !Character.isWhitespace(src[i])) {
      // the identifier stops at a character that cannot be in one
      invalidCharacter(i);
    }
    emitAt(ascii ? Tok.keyword(src, start, i) : Tok.NAME, start, i);
  }

  /** Handles {@code src[start, quote)} as a string prefix if it is one; returns whether it was. */
  private boolean stringPrefix(int start, int quote) {
    boolean raw = false;
    boolean bytes = false;
    boolean f = false;
    boolean t = false;
    boolean u = false;
    for (int i = start; i < quote; i++) {
      switch (Character.toLowerCase(src[i])) {
        case 'r' -> {
          if (raw) {
            return false;
          }
          raw = true;
        }
        case 'b' -> {
          if (bytes) {
            return false;
          }
          bytes = true;
        }
        case 'f' -> {
          if (f) {
            return false;
          }
          f = true;
        }
        case 't' -> {
          if (t) {
            return false;
          }
          t = true;
        }
        case 'u' -> u = true;
        default -> {
          return false;
        }
      }
    }
    int letters = quote - start;
    if (u && letters > 1) {
      return false;
    }
    if ((bytes ? 1 : 0) + (f ? 1 : 0) + (t ? 1 : 0) > 1) {
      return false;
    }
    string(start, quote, raw, f || t, t, bytes);
    return true;
  }

  /**
   * Bytes that were not UTF-8 reach us as U+DC80..U+DCFF (Python's surrogateescape). CPython
   * decodes token by token, so such a byte is an error only outside comments.
   */
  private boolean isUndecodedByte(int at) {
    char c = src[at];
    // a low surrogate after a high one is half of a real character beyond U+FFFF
    return c >= 0xDC80 && c <= 0xDCFF && !(at > 0 && Character.isHighSurrogate(src[at - 1]));
  }

  private ParseFailure undecodedByte(int at) {
    int line = lineOf(at);
    if (decodeError != null && decodeError.line() == line) {
      return new ParseFailure(new SyntaxError("SyntaxError", decodeError.message(), line, decodeError.column(), 0, 0));
    }
    return error("(unicode error) 'utf-8' codec can't decode byte 0x" + String.format("%02x", src[at] - 0xDC00)
        + " in position " + (at - lineStartOf(at)) + ": invalid start byte", at);
  }

  private void invalidCharacter(int at) {
    if (isUndecodedByte(at)) {
      throw undecodedByte(at);
    }
    int cp = Character.codePointAt(src, at, n);
    String hex = String.format("%04X", cp);
    if (isPrintable(cp)) {
      throw error("invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex + ")", at);
    }
    throw error("invalid non-printable character U+" + hex, at);
  }

  private static boolean isPrintable(int cp) {
    int type = Character.getType(cp);
    return !(type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
        || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || (type == Character.SPACE_SEPARATOR && cp != ' '));
  }

  private void number() {
    int start = pos;
    char c = src[pos];
    if (c == '0' && pos + 1 < n && (src[pos + 1] == 'x' || src[pos + 1] == 'X')) {
      pos += 2;
      radixDigits(16, "hexadecimal", start);
      return;
    }
    if (c == '0' && pos + 1 < n && (src[pos + 1] == 'o' || src[pos + 1] == 'O')) {
      pos += 2;
      radixDigits(8, "octal", start);
      return;
    }
    if (c == '0' && pos + 1 < n && (src[pos + 1] == 'b' || src[pos + 1] == 'B')) {
      pos += 2;
      radixDigits(2, "binary", start);
      return;
    }
    if (c == '.') {
      pos++;
      decimalDigits(start);
    } else {
      boolean leadingZero = c == '0';
      decimalDigits(start);
      boolean nonZero = false;
      for (int i = start; i < pos; i++) {
        if (src[i] != '0' && src[i] != '_') {
          nonZero = true;
          break;
        }
      }
      if (pos < n && src[pos] == '.') {
        pos++;
        if (pos < n && isDigit(src[pos])) {
          decimalDigits(start);
        }
      } else if (leadingZero && nonZero && !(pos < n && (src[pos] == 'e' || src[pos] == 'E' || src[pos] == 'j'
          || src[pos] == 'J'))) {
        throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            start);
      }
    }
    if (pos < n && (src[pos] == 'e' || src[pos] == 'E')) {
      int e = pos;
      pos++;
      if (pos < n && (src[pos] == '+' || src[pos] == '-')) {
        pos++;
      }
      if (pos < n && isDigit(src[pos])) {
        decimalDigits(start);
      } else {
        // "1else": the number ends before the 'e'
        pos = e;
        endOfNumber(start, "decimal");
        emitAt(Tok.NUMBER, start, pos);
        return;
      }
    }
    if (pos < n && (src[pos] == 'j' || src[pos] == 'J')) {
      pos++;
      endOfNumber(start, "imaginary");
    } else {
      endOfNumber(start, "decimal");
    }
    emitAt(Tok.NUMBER, start, pos);
  }

  private void decimalDigits(int start) {
    while (true) {
      while (pos < n && isDigit(src[pos])) {
        pos++;
      }
      if (pos < n && src[pos] == '_') {
        pos++;
        if (pos >= n || !isDigit(src[pos])) {
          throw error("invalid decimal literal", pos - 1);
        }
      } else {
        return;
      }
    }
  }

  private void radixDigits(int radix, String name, int start) {
    int digits = 0;
    while (pos < n) {
      char c = src[pos];
      if (c == '_') {
        pos++;
        if (pos >= n || Character.digit(src[pos], radix) < 0 || src[pos] >= 0x80) {
          throw error("invalid " + name + " literal", pos - 1);
        }
        continue;
      }
      if (c < 0x80 && Character.digit(c, radix) >= 0) {
        digits++;
        pos++;
        continue;
      }
      if (radix < 10 && isDigit(c)) {
        throw error("invalid digit '" + c + "' in " + name + " literal", pos);
      }
      break;
    }
    if (digits == 0) {
      throw error("invalid " + name + " literal", pos - 1);
    }
    endOfNumber(start, name);
    emitAt(Tok.NUMBER, start, pos);
  }

  /**
   * A number must not run into a name. CPython lets a keyword that can follow an expression
   * ({@code 1if x else 2}) through with a warning, and rejects anything else.
   */
  private void endOfNumber(int start, String kind) {
    if (pos >= n) {
      return;
    }
    char c = src[pos];
    if (!(isAsciiLetter(c) || c == '_' || isDigit(c) || (c >= 0x80 && Character.isUnicodeIdentifierPart(c)))) {
      return;
    }
    for (String kw : new String[] {"and", "else", "for", "if", "in", "is", "not", "or"}) {
      if (startsWith(pos, kw)) {
        return;
      }
    }
    throw error("invalid " + kind + " literal", start);
  }

  private boolean startsWith(int at, String s) {
    if (at + s.length() > n) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (src[at + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void operator(char c) {
    int start = pos;
    char c1 = pos + 1 < n ? src[pos + 1] : 0;
    char c2 = pos + 2 < n ? src[pos + 2] : 0;
    int kind;
    int len = 1;
    switch (c) {
      case '(' -> {
        openBracket('(');
        kind = Tok.LPAR;
      }
      case '[' -> {
        openBracket('[');
        kind = Tok.LSQB;
      }
      case '{' -> {
        openBracket('{');
        kind = Tok.LBRACE;
      }
      case ')' -> {
        closeBracket(')');
        kind = Tok.RPAR;
      }
      case ']' -> {
        closeBracket(']');
        kind = Tok.RSQB;
      }
      case '}' -> {
        closeBracket('}');
        kind = Tok.RBRACE;
      }
      case ':' -> {
        boolean fieldLevel = depth > 0 && parenKind[depth - 1] == FIELD_MARK;
        if (c1 == '=' && !fieldLevel) {
          kind = Tok.COLONEQUAL;
          len = 2;
        } else {
          kind = Tok.COLON;
          if (fieldLevel) {
            parenInfo[depth - 1] = 1;
          }
        }
      }
      case ',' -> kind = Tok.COMMA;
      case ';' -> kind = Tok.SEMI;
      case '+' -> {
        kind = c1 == '=' ? Tok.PLUSEQUAL : Tok.PLUS;
        len = c1 == '=' ? 2 : 1;
      }
      case '-' -> {
        if (c1 == '=') {
          kind = Tok.MINEQUAL;
          len = 2;
        } else if (c1 == '>') {
          kind = Tok.RARROW;
          len = 2;
        } else {
          kind = Tok.MINUS;
        }
      }
      case '*' -> {
        if (c1 == '*') {
          kind = c2 == '=' ? Tok.DOUBLESTAREQUAL : Tok.DOUBLESTAR;
          len = c2 == '=' ? 3 : 2;
        } else {
          kind = c1 == '=' ? Tok.STAREQUAL : Tok.STAR;
          len = c1 == '=' ? 2 : 1;
        }
      }
      case '/' -> {
        if (c1 == '/') {
          kind = c2 == '=' ? Tok.DOUBLESLASHEQUAL : Tok.DOUBLESLASH;
          len = c2 == '=' ? 3 : 2;
        } else {
          kind = c1 == '=' ? Tok.SLASHEQUAL : Tok.SLASH;
          len = c1 == '=' ? 2 : 1;
        }
      }
      case '|' -> {
        kind = c1 == '=' ? Tok.VBAREQUAL : Tok.VBAR;
        len = c1 == '=' ? 2 : 1;
      }
      case '&' -> {
        kind = c1 == '=' ? Tok.AMPEREQUAL : Tok.AMPER;
        len = c1 == '=' ? 2 : 1;
      }
      case '<' -> {
        if (c1 == '<') {
          kind = c2 == '=' ? Tok.LEFTSHIFTEQUAL : Tok.LEFTSHIFT;
          len = c2 == '=' ? 3 : 2;
        } else if (c1 == '=') {
          kind = Tok.LESSEQUAL;
          len = 2;
        } else if (c1 == '>') {
          // Barry's "<>" exists only under a joke future import; plain Python rejects it
          kind = Tok.NOTEQUAL;
          len = 2;
        } else {
          kind = Tok.LESS;
        }
      }
      case '>' -> {
        if (c1 == '>') {
          kind = c2 == '=' ? Tok.RIGHTSHIFTEQUAL : Tok.RIGHTSHIFT;
          len = c2 == '=' ? 3 : 2;
        } else if (c1 == '=') {
          kind = Tok.GREATEREQUAL;
          len = 2;
        } else {
          kind = Tok.GREATER;
        }
      }
      case '=' -> {
        kind = c1 == '=' ? Tok.EQEQUAL : Tok.EQUAL;
        len = c1 == '=' ? 2 : 1;
      }
      case '!' -> {
        kind = c1 == '=' ? Tok.NOTEQUAL : Tok.EXCLAMATION;
        len = c1 == '=' ? 2 : 1;
      }
      case '.' -> {
        if (c1 == '.' && c2 == '.') {
          kind = Tok.ELLIPSIS;
          len = 3;
        } else {
          kind = Tok.DOT;
        }
      }
      case '%' -> {
        kind = c1 == '=' ? Tok.PERCENTEQUAL : Tok.PERCENT;
        len = c1 == '=' ? 2 : 1;
      }
      case '~' -> kind = Tok.TILDE;
      case '^' -> {
        kind = c1 == '=' ? Tok.CIRCUMFLEXEQUAL : Tok.CIRCUMFLEX;
        len = c1 == '=' ? 2 : 1;
      }
      case '@' -> {
        kind = c1 == '=' ? Tok.ATEQUAL : Tok.AT;
        len = c1 == '=' ? 2 : 1;
      }
      default -> {
        if (c >= 0x80) {
          invalidCharacter(pos);
        }
        if (c < 0x20 || c == 0x7f) {
          throw error("invalid non-printable character U+" + String.format("%04X", (int) c), pos);
        }
        throw error("invalid syntax", pos);
      }
    }
    pos += len;
    emitAt(kind, start, pos);
  }

  // ---------------------------------------------------------------- strings

  /**
   * A string starting at {@code start} (prefix included) whose quote is at {@code quote}. Plain
   * strings become one STRING token; f- and t-strings open an 'S' entry and are read in parts.
   */
  private void string(int start, int quote, boolean raw, boolean formatted, boolean template, boolean bytes) {
    char q = src[quote];
    boolean triple = quote + 2 < n && src[quote + 1] == q && src[quote + 2] == q;
    int bodyStart = quote + (triple ? 3 : 1);
    int startLine = lineNo;
    int startLineStart = lineStart;
    if (formatted) {
      pos = bodyStart;
      emitAt(Tok.FSTRING_START, start, bodyStart);
      if (++openFStrings >= MAX_FSTRING_NESTING) {
        throw error("too many nested " + (template ? "t" : "f") + "-strings", quote);
      }
      push(STRING_MARK, start, (out.size - 1) << 3 | (triple ? 1 : 0) | (raw ? 2 : 0) | (template ? 4 : 0));
      return;
    }
    int i = bodyStart;
    while (true) {
      if (i >= n) {
        throw unterminated(triple, start, startLine, startLineStart, "string");
      }
      char c = src[i];
      if (c == q) {
        if (!triple) {
          i++;
          break;
        }
        if (i + 2 < n && src[i + 1] == q && src[i + 2] == q) {
          i += 3;
          break;
        }
      } else if (c == '\\') {
        if (i + 1 < n && src[i + 1] == '\n') {
          newLineAt(i + 2);
        }
        i += 2;
        continue;
      } else if (c == '\n') {
        if (!triple) {
          throw unterminated(false, start, startLine, startLineStart, "string");
        }
        newLineAt(i + 1);
      } else if (c == 0) {
        pos = i;
        throw error("source code cannot contain null bytes", i);
      } else if (c >= 0xDC80 && isUndecodedByte(i)) {
        throw undecodedByte(i);
      }
      i++;
    }
    pos = i;
    emitAt(Tok.STRING, start, i);
  }

  private ParseFailure unterminated(boolean triple, int start, int line, int lineStartOffset, String what) {
    return new ParseFailure(new SyntaxError("SyntaxError",
        "unterminated " + (triple ? "triple-quoted " : "") + what + " literal (detected at line "
            + (pos >= n || lineStart >= n ? eofLine() : lineNo) + ")",
        line, start - lineStartOffset + 1, 0, 0));
  }

  private boolean inFStringLiteral() {
    char top = parenKind[depth - 1];
    return top == STRING_MARK || (top == FIELD_MARK && parenInfo[depth - 1] == 1);
  }

  /** The paren-stack index of the innermost open f-string. */
  private int fstringIndex() {
    for (int i = depth - 1; i >= 0; i--) {
      if (parenKind[i] == STRING_MARK) {
        return i;
      }
    }
    throw new IllegalStateException("no open f-string");
  }

  private boolean isTriple(int stringIndex) {
    return (parenInfo[stringIndex] & 1) != 0;
  }

  /** "f-string" or "t-string", for the messages about the string at this paren-stack index. */
  private String stringKind(int stringIndex) {
    return (parenInfo[stringIndex] & 4) != 0 ? "t-string" : "f-string";
  }

  /** Reads literal text of an f-string (or of a format spec) up to a field, the spec's end or the quote. */
  private void scanFStringLiteral() {
    boolean inSpec = parenKind[depth - 1] == FIELD_MARK;
    int s = fstringIndex();
    boolean triple = isTriple(s);
    boolean raw = (parenInfo[s] & 2) != 0;
    int startTok = parenInfo[s] >> 3;
    char q = src[out.end[startTok] - 1];
    int i = pos;
    int midStart = pos;
    while (true) {
      if (i >= n) {
        pos = i;
        throw new ParseFailure(new SyntaxError("SyntaxError",
            "unterminated " + (triple ? "triple-quoted " : "") + stringKind(s) + " literal (detected at line "
                + eofLine() + ")",
            parenLine[s], parenOffset[s] - parenLineStart[s] + 1, 0, 0));
      }
      char c = src[i];
      if (c == q && (!triple || (i + 2 < n && src[i + 1] == q && src[i + 2] == q))) {
        if (inSpec) {
          pos = i;
          throw error("f-string: expecting '}'", i);
        }
        middle(midStart, i);
        pos = i + (triple ? 3 : 1);
        emitAt(Tok.FSTRING_END, i, pos);
        depth--;
        openFStrings--;
        return;
      }
      if (c == '\n') {
        if (!triple) {
          pos = i;
          if (inSpec) {
            throw error("f-string: expecting '}'", i);
          }
          throw new ParseFailure(new SyntaxError("SyntaxError",
              "unterminated " + stringKind(s) + " literal (detected at line " + lineNo + ")",
              parenLine[s], parenOffset[s] - parenLineStart[s] + 1, 0, 0));
        }
        newLineAt(i + 1);
        i++;
        continue;
      }
      if (c == 0) {
        pos = i;
        throw error("source code cannot contain null bytes", i);
      }
      if (c >= 0xDC80 && isUndecodedByte(i)) {
        throw undecodedByte(i);
      }
      if (c == '\\') {
        char d = i + 1 < n ? src[i + 1] : 0;
        if (!raw && d == 'N' && i + 2 < n && src[i + 2] == '{') {
          int close = i + 3;
          while (close < n && src[close] != '}' && src[close] != q && src[close] != '\n') {
            close++;
          }
          i = close < n && src[close] == '}' ? close + 1 : i + 2;
          continue;
        }
        if (d == '{' || d == '}') {
          i++;
          continue;
        }
        if (d == '\n') {
          newLineAt(i + 2);
        }
        i += d == 0 ? 1 : 2;
        continue;
      }
      if (c == '{') {
        if (!inSpec && i + 1 < n && src[i + 1] == '{') {
          i += 2;
          continue;
        }
        middle(midStart, i);
        pos = i;
        if (depth - openFStrings >= MAX_PAREN_DEPTH) {
          throw error("too many nested parentheses", i);
        }
        push(FIELD_MARK, i, 0);
        pos = i + 1;
        emitAt(Tok.LBRACE, i, i + 1);
        return;
      }
      if (c == '}') {
        if (inSpec) {
          middle(midStart, i);
          pos = i + 1;
          emitAt(Tok.RBRACE, i, i + 1);
          depth--;
          return;
        }
        if (i + 1 < n && src[i + 1] == '}') {
          i += 2;
          continue;
        }
        pos = i;
        throw error("f-string: single '}' is not allowed", i);
      }
      i++;
    }
  }

  private void middle(int start, int end) {
    if (end > start) {
      pos = end;
      emitAt(Tok.FSTRING_MIDDLE, start, end);
    }
  }
}
