package dev.bulwark.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A private key in PEM armour ({@code -----BEGIN RSA PRIVATE KEY-----}), or in OpenSSH's own format.
 * The key counts only with a body: a run of base64 after the header, on the following lines or on
 * the same line after escaped line breaks ({@code \n} in a JSON string, as in a service-account
 * file). A header alone, or one followed by {@code ...}, is documentation.
 *
 * <p>Only plain {@code indexOf} and character loops; each line of a body is read once per header.
 */
final class PemFinder implements Finder {
  private static final String BEGIN = "-----BEGIN ";
  private static final String OPENSSH = "OPENSSH PRIVATE KEY-----";
  /** "openssh-key-v1" in base64: how every OpenSSH private key's body begins. */
  private static final String OPENSSH_MAGIC = "b3BlbnNzaC1rZXktdjE";
  private static final int MAX_BODY_LINES = 200;
  private static final int MIN_BODY = 64;
  /** More than any key (an 8192-bit RSA key is about 6,400 characters of base64). */
  private static final int MAX_BODY = 16_384;
  private static final CharClass BASE64 = CharClass.of("A-Za-z0-9+/=");

  private final boolean openssh;

  /** @param openssh find OpenSSH keys, or else every other kind (RSA, EC, DSA, PKCS#8, encrypted, PGP) */
  PemFinder(boolean openssh) {
    this.openssh = openssh;
  }

  @Override
  public List<String> triggers() {
    return List.of(BEGIN);
  }

  @Override
  public void find(List<String> lines, int index, Consumer<Hit> out) {
    String s = lines.get(index);
    int at = s.indexOf(BEGIN);
    while (at >= 0) {
      int headerEnd = s.indexOf("-----", at + BEGIN.length());
      if (headerEnd < 0 || headerEnd - at > 60) {
        return;
      }
      String label = s.substring(at + BEGIN.length(), headerEnd + 5);
      boolean isOpenssh = label.equals(OPENSSH);
      boolean isKey = label.endsWith("PRIVATE KEY-----") || label.endsWith("PRIVATE KEY BLOCK-----");
      if (isKey && isOpenssh == openssh) {
        Hit hit = body(lines, index, at, headerEnd + 5);
        if (hit != null) {
          out.accept(hit);
        }
      }
      at = s.indexOf(BEGIN, headerEnd);
    }
  }

  /** The key's body after the header, or null when there is none worth the name. */
  private Hit body(List<String> lines, int index, int headerStart, int headerEnd) {
    StringBuilder base64 = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    Span header = new Span(index + 1, headerStart, headerEnd);
    spans.add(header);
    String first = lines.get(index);
    // The body on this line ends at the next armour line, END or another header (which means this
    // header has no body of its own); looking no further keeps a line of many headers linear.
    int end = first.indexOf("-----", headerEnd);
    int sameLineEnd = end >= 0 ? end : first.length();
    if (collect(first, headerEnd, sameLineEnd, base64) > 0) {
      spans.add(new Span(index + 1, headerEnd, sameLineEnd));
    }
    for (int i = index + 1; end < 0 && i < lines.size() && i <= index + MAX_BODY_LINES
        && base64.length() < MAX_BODY; i++) {
      String line = lines.get(i);
      end = line.indexOf("-----END");
      int stop = end >= 0 ? end : line.length();
      int start = 0;
      while (start < stop && !BASE64.has(line.charAt(start))) {
        start++;
      }
      if (line.contains(":") && base64.length() == 0 && !line.contains("\\n")) {
        continue; // "Proc-Type: 4,ENCRYPTED" and other headers of an encrypted key
      }
      if (collect(line, start, stop, base64) > 0) {
        spans.add(new Span(i + 1, start, stop));
      }
    }
    String body = base64.toString();
    if (body.length() < MIN_BODY || Placeholders.isSampleToken(body)) {
      return null;
    }
    if (openssh && !body.startsWith(OPENSSH_MAGIC)) {
      return null;
    }
    return new Hit(header, body, spans);
  }

  /** Appends the base64 characters of {@code line[from, to)}, skipping escaped line breaks and quotes. */
  private static int collect(String line, int from, int to, StringBuilder into) {
    int added = 0;
    for (int i = from; i < to; i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < to && line.charAt(i + 1) == 'n') {
        i++;
      } else if (BASE64.has(c)) {
        into.append(c);
        added++;
      }
    }
    return added;
  }
}
