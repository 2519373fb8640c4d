package dev.bulwark.rules.config;

import dev.bulwark.python.Comment;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Invisible characters (zero-width spaces, joiners, fillers, raw control codes) in code or strings. */
public final class InvisibleCharacterRule extends SourceTextRule {

  /** Characters that render as nothing, or as blank space that is not a space. */
  private static final Set<Integer> INVISIBLE = Set.of(0x200B, 0x200C, 0x200D, 0x2060, 0x2061, 0x2062, 0x2063,
      0x2064, 0xFEFF, 0x180E, 0x00AD, 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0);
  /** Raw control codes that move the cursor or end a terminal's reading of a line. */
  private static final Set<Integer> CONTROLS = Set.of(0x08, 0x1A, 0x1B);
  /** Joiners are part of normal writing in many scripts, in emoji sequences and among combining marks. */
  private static final Set<Integer> JOINERS = Set.of(0x200C, 0x200D, 0x034F);

  private static final RuleMetadata METADATA = new RuleMetadata("BW968", "invisible-character",
      "invisible or zero-width character in code or a string", Severity.MEDIUM, Confidence.MEDIUM,
      List.of(1007, 451), List.of("PLE2515", "PLE2510", "PLE2512", "PLE2513"), RuleMetadata.Status.STABLE, "0.1",
      new RuleDoc(
          "Finds characters that show as nothing in most editors, written raw in the source outside comments: "
              + "zero-width space, word joiner, zero-width no-break space (other than a leading byte-order "
              + "mark), soft hyphen, Hangul fillers, invisible operators, and the raw control codes "
              + "backspace, SUB and ESC. Zero-width joiners, non-joiners and the combining grapheme joiner "
              + "next to non-ASCII text, as in emoji sequences and Persian or Indic words, are left alone. "
              + "Bidirectional controls are BW613's.",
          "Two identifiers or strings that look the same can differ by an invisible character: `is_admin` "
              + "and `is_\\u200badmin` are different variables, a compared token never matches, a "
              + "Hangul filler can even be a whole variable name. Reviewers cannot see the difference, so "
              + "such characters hide backdoors and cause baffling bugs.",
          "# \\u200b stands for the raw, invisible character in the file\nif role == \"admin\\u200b\":\n    grant()",
          "if role == \"admin\":\n    grant()",
          "Delete the character; if a string really needs it, write it as a \\u escape so it is visible.",
          "Text copied from web pages or word processors often carries soft hyphens and zero-width spaces "
              + "by accident; the finding is then a harmless but real oddity. Silence one finding with "
              + "`# bulwark: ignore[BW968]`.",
          List.of("https://cwe.mitre.org/data/definitions/1007.html",
              "https://www.unicode.org/reports/tr31/",
              "https://peps.python.org/pep-0672/")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkSource(String source, RuleContext context) {
    List<SourceSpot> spots = new ArrayList<>();
    for (SourceSpot s : SourceSpot.find(context, cp -> INVISIBLE.contains(cp) || CONTROLS.contains(cp))) {
      boolean byteOrderMark = s.codePoint() == 0xFEFF && s.offset() == 0;
      if (!byteOrderMark && !(JOINERS.contains(s.codePoint()) && nextToNonAscii(source, s))) {
        spots.add(s);
      }
    }
    if (spots.isEmpty()) {
      return;
    }
    List<Comment> comments = context.comments();
    int lastLine = 0;
    for (SourceSpot s : spots) {
      if (s.range().line() == lastLine || inComment(s, comments)) {
        continue;
      }
      lastLine = s.range().line();
      context.report(s, "invisible character " + s.codePointName() + " makes this text differ from what it shows");
    }
  }

  private static boolean nextToNonAscii(String source, SourceSpot s) {
    int before = s.offset() > 0 ? source.codePointBefore(s.offset()) : ' ';
    int end = s.offset() + Character.charCount(s.codePoint());
    int after = end < source.length() ? source.codePointAt(end) : ' ';
    return before > 0x7F || after > 0x7F;
  }

  private static boolean inComment(SourceSpot s, List<Comment> comments) {
    for (Comment c : comments) {
      if (c.range().line() == s.range().line() && c.range().col() <= s.range().col()) {
        return true;
      }
    }
    return false;
  }
}
