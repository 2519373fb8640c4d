package dev.bulwark.python.parser;

/**
 * Token kinds. Plain ints, not an enum: the parser compares them in its innermost loops and keeps
 * them in int arrays. Keywords get kinds of their own so that the parser never compares text for them;
 * soft keywords ({@code match}, {@code case}, {@code type}, {@code _}) stay {@link #NAME}.
 */
final class Tok {
  private Tok() {}

  static final int ENDMARKER = 0;
  static final int NAME = 1;
  static final int NUMBER = 2;
  static final int STRING = 3;
  static final int NEWLINE = 4;
  static final int INDENT = 5;
  static final int DEDENT = 6;
  /** The prefix and opening quote of an f-string or a t-string. */
  static final int FSTRING_START = 7;
  /** Literal text inside an f-string, raw (escapes and doubled braces still to be decoded). */
  static final int FSTRING_MIDDLE = 8;
  static final int FSTRING_END = 9;

  // Operators and delimiters.
  static final int LPAR = 20;
  static final int RPAR = 21;
  static final int LSQB = 22;
  static final int RSQB = 23;
  static final int LBRACE = 24;
  static final int RBRACE = 25;
  static final int COLON = 26;
  static final int COMMA = 27;
  static final int SEMI = 28;
  static final int PLUS = 29;
  static final int MINUS = 30;
  static final int STAR = 31;
  static final int SLASH = 32;
  static final int VBAR = 33;
  static final int AMPER = 34;
  static final int LESS = 35;
  static final int GREATER = 36;
  static final int EQUAL = 37;
  static final int DOT = 38;
  static final int PERCENT = 39;
  static final int EQEQUAL = 40;
  static final int NOTEQUAL = 41;
  static final int LESSEQUAL = 42;
  static final int GREATEREQUAL = 43;
  static final int TILDE = 44;
  static final int CIRCUMFLEX = 45;
  static final int LEFTSHIFT = 46;
  static final int RIGHTSHIFT = 47;
  static final int DOUBLESTAR = 48;
  static final int PLUSEQUAL = 49;
  static final int MINEQUAL = 50;
  static final int STAREQUAL = 51;
  static final int SLASHEQUAL = 52;
  static final int PERCENTEQUAL = 53;
  static final int AMPEREQUAL = 54;
  static final int VBAREQUAL = 55;
  static final int CIRCUMFLEXEQUAL = 56;
  static final int LEFTSHIFTEQUAL = 57;
  static final int RIGHTSHIFTEQUAL = 58;
  static final int DOUBLESTAREQUAL = 59;
  static final int DOUBLESLASH = 60;
  static final int DOUBLESLASHEQUAL = 61;
  static final int AT = 62;
  static final int ATEQUAL = 63;
  static final int RARROW = 64;
  static final int ELLIPSIS = 65;
  static final int COLONEQUAL = 66;
  static final int EXCLAMATION = 67;

  // Hard keywords.
  static final int KW_FALSE = 100;
  static final int KW_NONE = 101;
  static final int KW_TRUE = 102;
  static final int KW_AND = 103;
  static final int KW_AS = 104;
  static final int KW_ASSERT = 105;
  static final int KW_ASYNC = 106;
  static final int KW_AWAIT = 107;
  static final int KW_BREAK = 108;
  static final int KW_CLASS = 109;
  static final int KW_CONTINUE = 110;
  static final int KW_DEF = 111;
  static final int KW_DEL = 112;
  static final int KW_ELIF = 113;
  static final int KW_ELSE = 114;
  static final int KW_EXCEPT = 115;
  static final int KW_FINALLY = 116;
  static final int KW_FOR = 117;
  static final int KW_FROM = 118;
  static final int KW_GLOBAL = 119;
  static final int KW_IF = 120;
  static final int KW_IMPORT = 121;
  static final int KW_IN = 122;
  static final int KW_IS = 123;
  static final int KW_LAMBDA = 124;
  static final int KW_NONLOCAL = 125;
  static final int KW_NOT = 126;
  static final int KW_OR = 127;
  static final int KW_PASS = 128;
  static final int KW_RAISE = 129;
  static final int KW_RETURN = 130;
  static final int KW_TRY = 131;
  static final int KW_WHILE = 132;
  static final int KW_WITH = 133;
  static final int KW_YIELD = 134;

  private static final String[] KEYWORDS = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
    "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"
  };

  /** Keywords by first letter: {@code BY_FIRST[c - 'A']} lists the kinds whose text starts with c. */
  private static final int[][] BY_FIRST = new int['z' - 'A' + 1][];

  static {
    for (int c = 'A'; c <= 'z'; c++) {
      int count = 0;
      for (String kw : KEYWORDS) {
        if (kw.charAt(0) == c) {
          count++;
        }
      }
      int[] kinds = new int[count];
      int i = 0;
      for (int k = 0; k < KEYWORDS.length; k++) {
        if (KEYWORDS[k].charAt(0) == c) {
          kinds[i++] = KW_FALSE + k;
        }
      }
      BY_FIRST[c - 'A'] = kinds;
    }
  }

  /** The keyword kind of {@code src[start, end)}, or {@link #NAME}. */
  static int keyword(char[] src, int start, int end) {
    int len = end - start;
    if (len < 2 || len > 8) {
      return NAME;
    }
    char c = src[start];
    if (c < 'A' || c > 'z') {
      return NAME;
    }
    for (int kind : BY_FIRST[c - 'A']) {
      String kw = KEYWORDS[kind - KW_FALSE];
      if (kw.length() == len && sameChars(kw, src, start)) {
        return kind;
      }
    }
    return NAME;
  }

  private static boolean sameChars(String kw, char[] src, int start) {
    for (int i = 1; i < kw.length(); i++) {
      if (kw.charAt(i) != src[start + i]) {
        return false;
      }
    }
    return true;
  }

  static boolean isKeyword(int kind) {
    return kind >= KW_FALSE && kind <= KW_YIELD;
  }

  /** The source text of a keyword kind, for messages. */
  static String keywordText(int kind) {
    return KEYWORDS[kind - KW_FALSE];
  }

  private static final String[] OPERATOR_TEXT = {
    "(", ")", "[", "]", "{", "}", ":", ",", ";", "+", "-", "*", "/", "|", "&", "<", ">", "=", ".", "%",
    "==", "!=", "<=", ">=", "~", "^", "<<", ">>", "**", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
    "<<=", ">>=", "**=", "//", "//=", "@", "@=", "->", "...", ":=", "!"
  };

  /** How a token kind reads in source, for messages. */
  static String text(int kind) {
    if (kind >= LPAR && kind <= EXCLAMATION) {
      return OPERATOR_TEXT[kind - LPAR];
    }
    if (isKeyword(kind)) {
      return keywordText(kind);
    }
    return switch (kind) {
      case ENDMARKER -> "end of file";
      case NAME -> "name";
      case NUMBER -> "number";
      case STRING -> "string";
      case NEWLINE -> "newline";
      case INDENT -> "indent";
      case DEDENT -> "dedent";
      default -> "f-string";
    };
  }
}
