package dev.bulwark.python.parser;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.SyntaxError;
import dev.bulwark.python.ast.Mod;
import dev.bulwark.python.source.DecodeError;
import java.util.List;
import java.util.Optional;

/** Entry point of the parser package: decoded text in, tree or syntax error out. */
public final class SourceParser {
  private SourceParser() {}

  public static ParseResult parse(String text, String path) {
    return parse(text, path, null);
  }

  /**
   * Parses text in which bytes that were not UTF-8 stand as U+DC80..U+DCFF; {@code decodeError}
   * describes the first of them. Like CPython, such bytes are only an error outside comments.
   */
  public static ParseResult parse(String text, String path, DecodeError decodeError) {
    char[] src = universalNewlines(text);
    Tokenizer.Result tokens = Tokenizer.tokenize(src, decodeError);
    try {
      Mod.Module module = new StatementParser(src, tokens.tokens()).parseModule();
      return new ParseResult(path, text, module, tokens.comments(), Optional.empty());
    } catch (ParseFailure f) {
      return failed(path, text, tokens.comments(), f.error());
    } catch (StackOverflowError e) {
      // a last resort: the explicit nesting limits should stop hostile input well before this
      return failed(path, text, tokens.comments(),
          SyntaxError.at("too many nested expressions: Python source too complex to parse", 1, 1));
    }
  }

  private static ParseResult failed(String path, String text, List<dev.bulwark.python.Comment> comments,
      SyntaxError error) {
    return new ParseResult(path, text, null, comments, Optional.of(error));
  }

  /** CPython reads source with universal newlines: {@code \r\n} and a lone {@code \r} are {@code \n}. */
  static char[] universalNewlines(String text) {
    if (text.indexOf('\r') < 0) {
      return text.toCharArray();
    }
    char[] out = new char[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        out[n++] = '\n';
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        out[n++] = c;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
