package dev.bulwark.rules.config;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Unicode bidirectional control characters in the source, the "Trojan Source" trick. */
public final class TrojanSourceRule extends SourceTextRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW613", "trojan-source",
      "bidirectional Unicode control character in source", Severity.HIGH, Confidence.MEDIUM, List.of(838, 451),
      List.of("B613", "PLE2502"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds the Unicode characters that change the display order of text: the embeddings and overrides "
              + "U+202A to U+202E and the isolates U+2066 to U+2069 (high severity), and the invisible "
              + "direction marks U+200E, U+200F and U+061C (low severity). It reads the whole file, comments "
              + "and strings included, and reports each line once.",
          "Editors and code review tools honour these characters, so a line can be shown in an order that "
              + "differs from the order Python reads it. A comment can appear to close before code that is "
              + "really inside it, or a string can appear to end early, making a reviewer approve logic "
              + "that is not what runs.",
          "# each \\uXXXX below stands for the raw, invisible character in the file\n"
              + "if access_level != \"user\\u202e \\u2066# Check if admin\\u2069 \\u2066\":\n    grant()",
          "if access_level != \"user\":  # Check if admin",
          "Delete the control characters; if right-to-left text is really needed in a string, write the "
              + "characters as \\u escapes so they are visible.",
          "Right-to-left text in strings or comments (Arabic, Hebrew) can legitimately contain direction "
              + "marks; those are low severity. Silence one finding with `# bulwark: ignore[BW613]`.",
          List.of("https://cwe.mitre.org/data/definitions/838.html", "https://trojansource.codes/",
              "https://www.unicode.org/reports/tr9/")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkSource(String source, RuleContext context) {
    List<SourceSpot> spots = SourceSpot.find(context, TrojanSourceRule::isBidi);
    for (int i = 0; i < spots.size(); ) {
      // one finding per line, at its first reordering control if it has one
      int line = spots.get(i).range().line();
      SourceSpot spot = spots.get(i);
      for (; i < spots.size() && spots.get(i).range().line() == line; i++) {
        if (!isControl(spot.codePoint()) && isControl(spots.get(i).codePoint())) {
          spot = spots.get(i);
        }
      }
      if (isControl(spot.codePoint())) {
        context.report(spot, "bidirectional control character " + spot.codePointName()
            + " can make this line display differently from how Python reads it");
      } else {
        context.report(spot, "invisible direction mark " + spot.codePointName() + " in source",
            Severity.LOW, METADATA.confidence());
      }
    }
  }

  /** Embeddings, overrides and isolates: the characters that reorder text. */
  private static boolean isControl(int cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
  }

  private static boolean isBidi(int cp) {
    return isControl(cp) || cp == 0x200E || cp == 0x200F || cp == 0x061C;
  }
}
