package dev.bulwark.semantic;

import dev.bulwark.semantic.Parameter.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the signature table's notation, one line at a time. The notation is Python's own
 * {@code def} parameter list, without annotations:
 *
 * <pre>
 * # a comment
 * [cpython 3.13]                                   where the signatures below come from
 * pickle.loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=())
 * subprocess.run(*popenargs, input=None, timeout=None, check=False, **kwargs) => subprocess.Popen
 * six.moves.urllib.request.urlopen = urllib.request.urlopen
 * </pre>
 *
 * <p>{@code => name} says the callable passes its {@code *args} and {@code **kwargs} on to
 * {@code name}; {@code a = b} makes {@code a} an alias of {@code b}. A trailing {@code ...} after
 * {@code *} says more keyword-only parameters exist than are listed. Defaults are kept as written.
 */
final class SignatureParser {

  /** A line as read, before names are resolved against the rest of the table. */
  record Entry(String name, List<Parameter> parameters, boolean partial, String forwardsTo, String aliasOf,
      String origin, int line) {}

  private static final Pattern SECTION = Pattern.compile("cpython [0-9]+\\.[0-9]+|documented");

  private final String source;
  private final String text;
  private final int lineNumber;
  private int pos;

  private SignatureParser(String source, String text, int lineNumber) {
    this.source = source;
    this.text = text;
    this.lineNumber = lineNumber;
  }

  /** Every entry of a table, in order. */
  static List<Entry> parse(String source, String table) {
    List<Entry> out = new ArrayList<>();
    String origin = null;
    String[] lines = table.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      SignatureParser p = new SignatureParser(source, line, i + 1);
      if (trimmed.startsWith("[")) {
        origin = p.section();
        continue;
      }
      if (origin == null) {
        throw p.error(1, "signature before the first [section] line saying where it comes from");
      }
      out.add(p.entry(origin));
    }
    return out;
  }

  private String section() {
    skipSpace();
    int open = pos;
    int close = text.indexOf(']', open);
    if (close < 0) {
      throw error(open + 1, "section header without ']'");
    }
    String name = text.substring(open + 1, close).strip();
    if (!SECTION.matcher(name).matches()) {
      throw error(open + 2, "unknown section '" + name + "': write [cpython X.Y] or [documented]");
    }
    pos = close + 1;
    expectEnd();
    return name;
  }

  private Entry entry(String origin) {
    skipSpace();
    String name = qualifiedName();
    skipSpace();
    if (peek() == '=' && peek(1) != '>') {
      pos++;
      skipSpace();
      String target = qualifiedName();
      expectEnd();
      return new Entry(name, List.of(), false, null, target, origin, lineNumber);
    }
    if (peek() != '(') {
      throw error(pos + 1, "expected '(' after " + name + ", or '= name' for an alias");
    }
    pos++;
    List<Parameter> parameters = new ArrayList<>();
    boolean partial = parameters(parameters);
    skipSpace();
    String forwardsTo = null;
    if (peek() == '=' && peek(1) == '>') {
      pos += 2;
      skipSpace();
      forwardsTo = qualifiedName();
    }
    expectEnd();
    return new Entry(name, parameters, partial, forwardsTo, null, origin, lineNumber);
  }

  /** Reads the parameters up to and including ')'; returns whether the list ends in '...'. */
  private boolean parameters(List<Parameter> out) {
    boolean keywordOnly = false;
    boolean slashSeen = false;
    int bareStar = -1;
    boolean partial = false;
    while (true) {
      skipSpace();
      int start = pos;
      char c = peek();
      if (c == ')') {
        pos++;
        break;
      }
      if (partial) {
        throw error(start + 1, "'...' must be the last item");
      }
      if (c == '/') {
        pos++;
        if (slashSeen) {
          throw error(start + 1, "a second '/'");
        }
        if (keywordOnly) {
          throw error(start + 1, "'/' after '*'");
        }
        if (out.isEmpty()) {
          throw error(start + 1, "'/' needs a parameter before it");
        }
        slashSeen = true;
        for (int i = 0; i < out.size(); i++) {
          Parameter p = out.get(i);
          out.set(i, new Parameter(p.name(), Kind.POSITIONAL_ONLY, p.defaultValue()));
        }
      } else if (c == '*' && peek(1) == '*') {
        pos += 2;
        add(out, new Parameter(identifier(), Kind.VAR_KEYWORD, null), start);
      } else if (c == '*') {
        pos++;
        skipSpace();
        if (keywordOnly) {
          throw error(start + 1, "a second '*'");
        }
        keywordOnly = true;
        if (peek() == ',' || peek() == ')') {
          bareStar = start;
        } else {
          add(out, new Parameter(identifier(), Kind.VAR_POSITIONAL, null), start);
        }
      } else if (text.startsWith("...", pos)) {
        pos += 3;
        if (!keywordOnly) {
          throw error(start + 1, "'...' stands for more keyword-only parameters: write it after '*' or '*args'");
        }
        partial = true;
        bareStar = -1;
      } else {
        String name = identifier();
        skipSpace();
        String defaultValue = null;
        if (peek() == '=') {
          pos++;
          defaultValue = defaultValue();
        }
        add(out, new Parameter(name, keywordOnly ? Kind.KEYWORD_ONLY : Kind.POSITIONAL_OR_KEYWORD, defaultValue),
            start);
        if (keywordOnly) {
          bareStar = -1;
        }
      }
      skipSpace();
      if (peek() == ',') {
        pos++;
      } else if (peek() != ')') {
        throw error(pos + 1, atEnd() ? "missing ')'" : "expected ',' or ')'");
      }
    }
    if (bareStar >= 0) {
      throw error(bareStar + 1, "a bare '*' must be followed by a keyword-only parameter or '...'");
    }
    return partial;
  }

  private void add(List<Parameter> out, Parameter p, int start) {
    for (Parameter q : out) {
      if (q.name().equals(p.name())) {
        throw error(start + 1, "duplicate parameter '" + p.name() + "'");
      }
    }
    out.add(p);
  }

  /** The default's source text, up to the ',' or ')' that ends it outside brackets and strings. */
  private String defaultValue() {
    skipSpace();
    int start = pos;
    int depth = 0;
    while (!atEnd()) {
      char c = peek();
      if (c == '\'' || c == '"') {
        skipString(c);
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          if (c != ')') {
            throw error(pos + 1, "unbalanced '" + c + "' in a default");
          }
          break;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        break;
      }
      pos++;
    }
    if (atEnd()) {
      throw error(start + 1, "default runs to the end of the line: missing ')'");
    }
    String value = text.substring(start, pos).strip();
    if (value.isEmpty()) {
      throw error(start + 1, "'=' without a default value");
    }
    return value;
  }

  private void skipString(char quote) {
    int start = pos;
    pos++;
    while (!atEnd()) {
      char c = peek();
      if (c == '\\') {
        pos += 2;
        continue;
      }
      pos++;
      if (c == quote) {
        return;
      }
    }
    throw error(start + 1, "unclosed string");
  }

  private String qualifiedName() {
    int start = pos;
    identifier();
    while (peek() == '.') {
      pos++;
      identifier();
    }
    return text.substring(start, pos);
  }

  private String identifier() {
    int start = pos;
    if (atEnd() || !Character.isJavaIdentifierStart(peek()) || peek() == '$') {
      throw error(pos + 1, atEnd() ? "a name expected at the end of the line" : "a name expected, found '" + peek()
          + "'");
    }
    while (!atEnd() && Character.isJavaIdentifierPart(peek()) && peek() != '$') {
      pos++;
    }
    return text.substring(start, pos);
  }

  private void expectEnd() {
    skipSpace();
    if (!atEnd() && peek() != '#') {
      throw error(pos + 1, "unexpected '" + text.substring(pos).strip() + "' at the end of the line");
    }
  }

  private void skipSpace() {
    while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
      pos++;
    }
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private char peek() {
    return atEnd() ? '\0' : text.charAt(pos);
  }

  private char peek(int ahead) {
    return pos + ahead < text.length() ? text.charAt(pos + ahead) : '\0';
  }

  SignatureSyntaxException error(int column, String problem) {
    return new SignatureSyntaxException(source, lineNumber, column, problem);
  }
}
