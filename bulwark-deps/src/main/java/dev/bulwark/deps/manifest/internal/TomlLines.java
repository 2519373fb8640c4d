package dev.bulwark.deps.manifest.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Where things are in a TOML text: Jackson's TOML tree keeps no positions, so readers parse with
 * Jackson and then ask this index for the line of a table header, a key or an array element. The
 * index comes from a small lexer that knows strings (all four kinds), comments, brackets and keys,
 * so a {@code [x]} inside a multi-line string or an array is never taken for a header. It never
 * fails: on text that is not TOML it simply finds less.
 */
public final class TomlLines {

  /** A {@code [table]} or {@code [[array.table]]} header. */
  private record Header(int line, List<String> path, boolean array) {}

  /** {@code key = value} at the top level of a section; {@code path} is the header's path plus the (dotted) key. */
  private record KeyDef(int line, int sectionLine, List<String> path) {}

  /** A string literal: its line, how deep in brackets it sits within its key's value, and which key holds it. */
  private record StringToken(int line, int depth, int keyIndex) {}

  private final List<Header> headers = new ArrayList<>();
  private final List<KeyDef> keys = new ArrayList<>();
  private final List<StringToken> strings = new ArrayList<>();

  private final String text;
  private int pos;
  private int line = 1;

  private TomlLines(String text) {
    this.text = text;
  }

  /** Indexes {@code text}. */
  public static TomlLines of(String text) {
    TomlLines index = new TomlLines(text);
    index.lex();
    return index;
  }

  /** The line of the first header {@code [path]} or {@code [[path]]}, or 0. */
  public int headerLine(List<String> path) {
    for (Header h : headers) {
      if (h.path.equals(path)) {
        return h.line;
      }
    }
    return 0;
  }

  /** The lines of every {@code [[path]]} header, in order. */
  public List<Integer> arrayHeaderLines(List<String> path) {
    List<Integer> out = new ArrayList<>();
    for (Header h : headers) {
      if (h.array && h.path.equals(path)) {
        out.add(h.line);
      }
    }
    return out;
  }

  /**
   * The line where the value at {@code path} is defined: a {@code key = } line (plain or dotted key,
   * under any header that, joined with the key, makes the path), or else a {@code [path]} header.
   * 0 when not found.
   */
  public int keyLine(List<String> path) {
    for (KeyDef k : keys) {
      if (k.path.equals(path)) {
        return k.line;
      }
    }
    return headerLine(path);
  }

  /**
   * The line of {@code key} (a path relative to the section) within the section whose header is on
   * {@code sectionLine} (an array table element, say); 0 when not found.
   */
  public int keyLineInSection(int sectionLine, List<String> key) {
    List<String> prefix = sectionPath(sectionLine);
    if (prefix == null) {
      return 0;
    }
    for (KeyDef k : keys) {
      if (k.sectionLine == sectionLine && k.path.equals(concat(prefix, key))) {
        return k.line;
      }
    }
    return 0;
  }

  /**
   * The lines of the string elements of the array at {@code path}, in order: element i of the parsed
   * array that is a string has line {@code result.get(i')} where i' counts string elements only.
   * Strings nested deeper (inside inline tables) are not elements and do not count.
   */
  public List<Integer> arrayStringLines(List<String> path) {
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).path.equals(path)) {
        return stringLines(i, 1);
      }
    }
    return List.of();
  }

  /**
   * The lines where the elements (strings, inline tables, arrays) of the array at {@code key} start,
   * in order, within the section whose header is on {@code sectionLine} (0: the top level). Used for
   * arrays of inline tables ({@code [{ name = "x" }, ...]}).
   */
  public List<Integer> arrayElementLines(int sectionLine, List<String> key) {
    List<String> prefix = sectionPath(sectionLine);
    if (prefix == null) {
      return List.of();
    }
    List<String> path = concat(prefix, key);
    for (int i = 0; i < keys.size(); i++) {
      KeyDef k = keys.get(i);
      if (k.sectionLine == sectionLine && k.path.equals(path)) {
        return elementLines(i);
      }
    }
    return List.of();
  }

  /** Like {@link #arrayElementLines(int, List)}, for the array at a full path (whatever header it is under). */
  public List<Integer> arrayElementLines(List<String> path) {
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).path.equals(path)) {
        return elementLines(i);
      }
    }
    return List.of();
  }

  private List<Integer> stringLines(int keyIndex, int depth) {
    List<Integer> out = new ArrayList<>();
    for (StringToken s : strings) {
      if (s.keyIndex == keyIndex && s.depth == depth) {
        out.add(s.line);
      }
    }
    return out;
  }

  private List<Integer> elementLines(int keyIndex) {
    List<Integer> out = new ArrayList<>();
    for (Element e : elements) {
      if (e.keyIndex == keyIndex) {
        out.add(e.line);
      }
    }
    return out;
  }

  /** Where an element of an array value starts (a string, an inline table or a nested array at depth 1). */
  private record Element(int keyIndex, int line) {}

  private final List<Element> elements = new ArrayList<>();

  private List<String> sectionPath(int sectionLine) {
    if (sectionLine == 0) {
      return List.of();
    }
    for (Header h : headers) {
      if (h.line == sectionLine) {
        return h.path;
      }
    }
    return null;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  // ---------------------------------------------------------------- lexer

  private void lex() {
    List<String> section = List.of();
    int sectionLine = 0;
    int currentKey = -1;
    int depth = 0;
    boolean lineStart = true;
    char previous = 0; // the last significant character, to tell where a bare array element starts
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        line++;
        pos++;
        lineStart = true;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
        continue;
      }
      if (c == '#') {
        skipToEndOfLine();
        continue;
      }
      if (lineStart && depth == 0) {
        lineStart = false;
        if (c == '[') {
          Header h = header();
          if (h != null) {
            headers.add(h);
            section = h.path;
            sectionLine = h.line;
            currentKey = -1;
          }
          skipToEndOfLine();
          continue;
        }
        int keyLine = line;
        List<String> key = keyPath();
        if (key != null && pos < text.length() && text.charAt(pos) == '=') {
          pos++;
          keys.add(new KeyDef(keyLine, sectionLine, concat(section, key)));
          currentKey = keys.size() - 1;
        }
        continue;
      }
      lineStart = false;
      char before = previous;
      previous = c;
      if (c == '"' || c == '\'') {
        int at = line;
        skipString();
        strings.add(new StringToken(at, depth, currentKey));
        if (depth == 1) {
          elements.add(new Element(currentKey, at));
        }
        continue;
      }
      if (c == '[' || c == '{') {
        depth++;
        if (depth == 2) {
          elements.add(new Element(currentKey, line));
        }
      } else if ((c == ']' || c == '}') && depth > 0) {
        depth--;
      } else if (depth == 1 && c != ',' && (before == '[' || before == ',')) {
        elements.add(new Element(currentKey, line)); // a number, boolean or date element
      }
      pos++;
    }
  }

  private void skipToEndOfLine() {
    while (pos < text.length() && text.charAt(pos) != '\n') {
      pos++;
    }
  }

  /** Reads {@code [a."b".c]} or {@code [[a.b]]} from '['; null when it is not a header. */
  private Header header() {
    int at = line;
    pos++;
    boolean array = pos < text.length() && text.charAt(pos) == '[';
    if (array) {
      pos++;
    }
    List<String> path = keyPath();
    if (path == null || pos >= text.length() || text.charAt(pos) != ']') {
      return null;
    }
    return new Header(at, List.copyOf(path), array);
  }

  /** Reads a dotted key (bare or quoted parts) and the whitespace after it; null if there is none. */
  private List<String> keyPath() {
    List<String> parts = new ArrayList<>();
    while (true) {
      skipBlanks();
      if (pos >= text.length()) {
        return null;
      }
      char c = text.charAt(pos);
      String part;
      if (c == '"' || c == '\'') {
        int start = pos;
        skipString();
        part = unquote(text.substring(start, pos));
      } else {
        int start = pos;
        while (pos < text.length() && isBareKeyChar(text.charAt(pos))) {
          pos++;
        }
        if (start == pos) {
          return null;
        }
        part = text.substring(start, pos);
      }
      parts.add(part);
      skipBlanks();
      if (pos < text.length() && text.charAt(pos) == '.') {
        pos++;
        continue;
      }
      return parts;
    }
  }

  private void skipBlanks() {
    while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
      pos++;
    }
  }

  private static boolean isBareKeyChar(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
  }

  /** Skips one string literal of any kind, counting the lines it spans. */
  private void skipString() {
    char quote = text.charAt(pos);
    boolean multi = text.startsWith(String.valueOf(quote).repeat(3), pos);
    pos += multi ? 3 : 1;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        if (!multi) { // an unterminated single-line string ends at the line break
          return;
        }
        line++;
        pos++;
        continue;
      }
      if (c == '\\' && quote == '"') {
        if (pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
          line++;
        }
        pos += 2;
        continue;
      }
      if (c == quote) {
        if (!multi) {
          pos++;
          return;
        }
        if (text.startsWith(String.valueOf(quote).repeat(3), pos)) {
          pos += 3;
          // a multi-line string may end with up to two more quotes that belong to its content
          while (pos < text.length() && text.charAt(pos) == quote) {
            pos++;
          }
          return;
        }
      }
      pos++;
    }
  }

  /** The text of a quoted key; keys rarely hold escapes, and only {@code \"} and {@code \\} are undone. */
  private static String unquote(String quoted) {
    if (quoted.length() < 2) {
      return quoted;
    }
    String inner = quoted.substring(1, quoted.length() - 1);
    return quoted.charAt(0) == '"' ? inner.replace("\\\"", "\"").replace("\\\\", "\\") : inner;
  }
}
