package dev.bulwark.secrets;

/**
 * A line of a Jupyter notebook's JSON that holds one line of a cell ({@code "    password = \"x\"\n",}),
 * decoded to the code it holds, so the assignment detectors can read it; and the way back from a
 * secret found in the decoded code to its place in the JSON line.
 */
final class NotebookLines {
  private NotebookLines() {}

  /** The decoded string of a line that is one JSON string (an element of "source" or "text"), or null. */
  static String codeOf(String raw) {
    String t = raw.strip();
    if (t.endsWith(",")) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.length() < 2 || t.charAt(0) != '"' || t.charAt(t.length() - 1) != '"') {
      return null;
    }
    StringBuilder out = new StringBuilder(t.length());
    for (int i = 1; i < t.length() - 1; i++) {
      char c = t.charAt(i);
      if (c == '\\' && i + 1 < t.length() - 1) {
        char e = t.charAt(++i);
        switch (e) {
          case 'n', 'r', 't' -> out.append(' ');
          default -> out.append(e);
        }
      } else if (c == '"') {
        return null; // more than one string on the line: not a cell line
      } else {
        out.append(c);
      }
    }
    return out.toString().stripTrailing();
  }

  /** The hit, found in decoded code, placed where its secret appears in the raw JSON line. */
  static Hit placeInRaw(Hit h, String raw, int lineNumber) {
    int at = raw.indexOf(h.secret());
    Span span = at >= 0 ? new Span(lineNumber, at, at + h.secret().length())
        : new Span(lineNumber, raw.indexOf('"'), raw.lastIndexOf('"') + 1);
    return new Hit(span, h.secret());
  }
}
