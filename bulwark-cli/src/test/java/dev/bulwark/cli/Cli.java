package dev.bulwark.cli;


import dev.bulwark.python.ParseResult;
import dev.bulwark.python.SyntaxError;
import dev.bulwark.python.ast.Mod;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Runs the command line in-process, the way a user would, and keeps what it printed. */
final class Cli {

  /** A fake parser: any file containing "SYNTAX_ERROR" has one, on the line where that word is. */
  static final ParserFunction FAKE = (source, path) -> {
    String text = new String(source, StandardCharsets.UTF_8);
    int at = text.indexOf("SYNTAX_ERROR");
    if (at < 0) {
      return new ParseResult(path, "", new Mod.Module(List.of(), List.of()), List.of(), Optional.empty());
    }
    int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    return new ParseResult(path, "", null, List.of(), Optional.of(SyntaxError.at("invalid syntax", line, 1)));
  };

  record Result(int exitCode, String out, String err) {}

  private Cli() {}

  /** {@code bulwark scan ARGS...} with the real parser; paths and other objects are passed as their text. */
  static Result scan(Object... args) {
    String[] all = new String[args.length + 3];
    all[0] = "scan";
    // the one-line-per-problem output is what these tests read; the report formats have their own tests
    all[1] = "--format";
    all[2] = "concise";
    for (int i = 0; i < args.length; i++) {
      all[i + 3] = args[i].toString();
    }
    return run(ParserFunction.PYTHON, all);
  }

  /** {@code bulwark scan ARGS...} exactly as given, with the real parser. */
  static Result scanAsGiven(Object... args) {
    String[] all = new String[args.length + 1];
    all[0] = "scan";
    for (int i = 0; i < args.length; i++) {
      all[i + 1] = args[i].toString();
    }
    return run(ParserFunction.PYTHON, all);
  }

  static Result run(ParserFunction parser, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), parser);
    return new Result(code, out.toString(), err.toString());
  }
}
