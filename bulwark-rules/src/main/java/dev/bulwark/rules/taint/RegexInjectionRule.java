package dev.bulwark.rules.taint;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.taint.SinkKind;
import java.util.List;

/** Attacker data becomes a regular expression, by the taint analysis. */
public final class RegexInjectionRule extends TaintRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW810", "regex-injection",
      "Attacker data becomes a regular expression", Severity.HIGH, Confidence.MEDIUM, List.of(730), List.of(),
      RuleMetadata.Status.STABLE, "0.2", new RuleDoc(
          "Follows attacker data to the pattern argument of the `re` functions (`compile`, `match`, `search`, `fullmatch`, `findall`, `finditer`, `sub`, `split`). `re.escape` makes a value safe.",
          "Python's regular expressions backtrack. A pattern such as `(a+)+$` against a long string of `a`s keeps a worker busy for minutes, so a few requests deny service; a pattern can also match more than intended.",
          "pattern = request.args[\"q\"]\nmatches = [n for n in names if re.search(pattern, n)]",
          "pattern = re.escape(request.args[\"q\"])\nmatches = [n for n in names if re.search(pattern, n)]",
          "Escape the value with re.escape, or search for it as plain text with the in operator.",
          "A pattern whose length is capped is still reported: the cap is not read. Data from the command line, the environment or `input()` belongs to whoever runs the program; it is reported at low severity and confidence. Silence one finding with `# bulwark: ignore[BW810]`.",
          List.of("https://cwe.mitre.org/data/definitions/730.html")));

  public RegexInjectionRule() {
    super(SinkKind.REGEX, "the sender chooses a pattern that can backtrack for minutes");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
