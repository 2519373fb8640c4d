package dev.bulwark.cli;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Finding;
import dev.bulwark.report.Location;
import dev.bulwark.secrets.Detector;
import dev.bulwark.secrets.SecretFinding;
import dev.bulwark.secrets.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Turns secrets into report findings, and finds the characters of a reported literal to mask. */
final class SecretFindings {
  private SecretFindings() {}

  static final String FIX = "Revoke or rotate the credential, remove it from the file, and read it at run time "
      + "from the environment or a secrets manager";

  /** A report finding for a secret; its columns, like every finding's, count UTF-8 bytes. */
  static Finding toFinding(String path, SecretFinding f, List<String> lines) {
    Span at = f.at();
    String line = at.line() <= lines.size() ? lines.get(at.line() - 1) : "";
    Location location = new Location(path, at.line(), utf8Column(line, at.start()), at.line(),
        utf8Column(line, at.end()));
    Detector d = f.detector();
    Confidence confidence = d.confidence();
    return new Finding(d.id(), d.name(), f.message(), f.severity(), confidence, Detector.CWES, location, FIX);
  }

  /**
   * The characters to mask for a finding of a Python secret rule, which points at a string literal
   * (or at a keyword argument or default holding one): what is between the first and the last quote
   * of the range on each of its lines, or the whole range where a line has no quote.
   */
  static List<Span> literalSpans(Location at, List<String> lines) {
    List<Span> out = new ArrayList<>();
    for (int n = at.line(); n <= at.endLine() && n <= lines.size(); n++) {
      String line = lines.get(n - 1);
      int from = n == at.line() ? charIndex(line, at.column()) : 0;
      int to = n == at.endLine() ? charIndex(line, at.endColumn()) : line.length();
      int first = -1;
      int last = -1;
      for (int i = from; i < to; i++) {
        char c = line.charAt(i);
        if (c == '"' || c == '\'') {
          first = first < 0 ? i : first;
          last = i;
        }
      }
      if (first >= 0 && last > first) {
        out.add(new Span(n, first + 1, last));
      } else if (first < 0) {
        out.add(new Span(n, from, to));
      }
    }
    return out;
  }

  /** The UTF-8 byte offset of char index {@code index} in {@code line}. */
  static int utf8Column(String line, int index) {
    return line.substring(0, Math.min(index, line.length())).getBytes(StandardCharsets.UTF_8).length;
  }

  /** The char index of UTF-8 byte offset {@code column} in {@code line}. */
  static int charIndex(String line, int column) {
    int bytes = 0;
    for (int i = 0; i < line.length(); i++) {
      if (bytes >= column) {
        return i;
      }
      int cp = line.codePointAt(i);
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (Character.isSupplementaryCodePoint(cp)) {
        i++;
      }
    }
    return line.length();
  }
}
