package dev.bulwark.report.format;

/** Escaping for the text-based formats. */
final class Escapes {

  private Escapes() {}

  /**
   * Text for HTML element content or a quoted attribute value. Control characters (other than
   * tab and line feed) and bidirectional controls become U+FFFD, visible where they were.
   */
  static String html(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        case '\'': out.append("&#39;"); break;
        default:
          if ((isControl(c) && c != '\t' && c != '\n') || isBidiControl(c)) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
      }
    }
    return out.toString();
  }

  /**
   * Text for XML 1.0 element content or a quoted attribute value. Characters XML 1.0 cannot
   * carry at all (most C0 controls, lone surrogates, U+FFFE, U+FFFF) become U+FFFD. In
   * attributes, tab and line ends are written as character references so that they survive
   * attribute value normalisation.
   */
  static String xml(String s, boolean attribute) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append(attribute ? "&quot;" : "\""); break;
        case '\'': out.append(attribute ? "&apos;" : "'"); break;
        case '\t': out.append(attribute ? "&#9;" : "\t"); break;
        case '\n': out.append(attribute ? "&#10;" : "\n"); break;
        case '\r': out.append("&#13;"); break;
        default:
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
      }
    }
    return out.toString();
  }

  /**
   * Text safe to print on a terminal: control characters (other than tab) and the Unicode
   * bidirectional controls become U+FFFD, so that neither an escape sequence nor a reordering
   * hidden in a path, message or line of code reaches the terminal.
   */
  static String terminal(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad = (isControl(c) && c != '\t') || isBidiControl(c);
      if (bad && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        out.append(bad ? '\uFFFD' : c);
      }
    }
    return out == null ? s : out.toString();
  }

  /** C0 controls, DEL and C1 controls. */
  static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }

  /** The characters that change the display order of text (the "Trojan Source" characters). */
  static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
        || c == '\u061C';
  }
}
