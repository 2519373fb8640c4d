package dev.bulwark.python.conformance;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads one JSON object whose values are strings, integers, booleans or null: exactly what
 * {@code tools/conformance/reference_dump.py} writes on each line. Nested values are refused
 * rather than half-read, so a change on the Python side fails loudly here.
 */
final class FlatJson {

  private final String text;
  private int pos;

  private FlatJson(String text) {
    this.text = text;
  }

  /** The object's members; a JSON null becomes a mapping to {@code null}. */
  static Map<String, Object> parseObject(String line) {
    FlatJson p = new FlatJson(line);
    Map<String, Object> members = p.object();
    p.skipSpace();
    if (p.pos != p.text.length()) {
      throw p.error("trailing text");
    }
    return members;
  }

  private Map<String, Object> object() {
    skipSpace();
    expect('{');
    Map<String, Object> members = new HashMap<>();
    skipSpace();
    if (peek() == '}') {
      pos++;
      return members;
    }
    while (true) {
      skipSpace();
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      members.put(key, value());
      skipSpace();
      char c = next();
      if (c == '}') {
        return members;
      }
      if (c != ',') {
        throw error("expected ',' or '}'");
      }
    }
  }

  private Object value() {
    char c = peek();
    if (c == '"') {
      return string();
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return number();
    }
    if (text.startsWith("true", pos)) {
      pos += 4;
      return Boolean.TRUE;
    }
    if (text.startsWith("false", pos)) {
      pos += 5;
      return Boolean.FALSE;
    }
    if (text.startsWith("null", pos)) {
      pos += 4;
      return null;
    }
    throw error("unsupported value");
  }

  private Object number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String digits = text.substring(start, pos);
    if (digits.chars().anyMatch(ch -> ch == '.' || ch == 'e' || ch == 'E')) {
      return Double.parseDouble(digits);
    }
    return Long.parseLong(digits);
  }

  private String string() {
    expect('"');
    int start = pos;
    // Most values (whole AST dumps included) are long runs with few escapes: copy runs in bulk.
    StringBuilder out = null;
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        String s = out == null ? text.substring(start, pos) : out.append(text, start, pos).toString();
        pos++;
        return s;
      }
      if (c != '\\') {
        pos++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(Math.max(16, (pos - start) * 2));
      }
      out.append(text, start, pos);
      pos++;
      char e = next();
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (pos + 4 > text.length()) {
            throw error("short \\u escape");
          }
          // Surrogate pairs arrive as two escapes and pair up again in UTF-16 by themselves.
          out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          pos += 4;
        }
        default -> throw error("bad escape \\" + e);
      }
      start = pos;
    }
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private char peek() {
    if (pos >= text.length()) {
      throw error("unexpected end");
    }
    return text.charAt(pos);
  }

  private char next() {
    char c = peek();
    pos++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      throw error("expected '" + c + "'");
    }
  }

  private IllegalArgumentException error(String what) {
    int from = Math.max(0, pos - 20);
    int to = Math.min(text.length(), pos + 20);
    return new IllegalArgumentException(what + " at " + pos + " near: " + text.substring(from, to));
  }
}
