package dev.bulwark.report.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Finding;
import dev.bulwark.report.Location;
import dev.bulwark.report.Severity;
import dev.bulwark.report.source.LineSpan;
import dev.bulwark.report.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionsTest {

  /** A small catalogue: BW602 (B602, S602, subprocess-shell-true), BW607 (B607, S607), BW101 (B101, S101). */
  private static final Map<String, String> CODES = Map.of(
      "bw602", "BW602", "b602", "BW602", "s602", "BW602", "subprocess-shell-true", "BW602",
      "bw607", "BW607", "b607", "BW607", "s607", "BW607",
      "bw101", "BW101", "b101", "BW101", "s101", "BW101");
  private static final RuleResolver RESOLVER = code -> {
    String id = CODES.get(code.toLowerCase(Locale.ROOT));
    return id == null ? Set.of() : Set.of(id);
  };

  // ---- our own syntax -------------------------------------------------------------------------

  @Test
  void bareIgnoreOnTheSameLineCoversEveryRule() {
    Run r = run("os.system(x)  # bulwark: ignore\nos.system(y)\n", one(1), f("BW602", 1), f("BW607", 1), f("BW602", 2));

    assertThat(r.suppressedLines()).containsExactly("BW602@1", "BW607@1");
    assertThat(r.keptLines()).containsExactly("BW602@2");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void listedCodesCoverOnlyThoseRulesByIdNameOrAlias() {
    Run r = run("run(x)  # bulwark: ignore[subprocess-shell-true, S101]\n", one(1),
        f("BW602", 1), f("BW101", 1), f("BW607", 1));

    assertThat(r.suppressedLines()).containsExactly("BW602@1", "BW101@1");
    assertThat(r.keptLines()).containsExactly("BW607@1");
  }

  @Test
  void aCommentLineCoversTheNextLineButATrailingCommentDoesNot() {
    String src = "# bulwark: ignore[BW602]\nrun(a)\nx = 1  # bulwark: ignore[BW602]\nrun(b)\n";
    Run r = run(src, spans(2, 2, 3, 3, 4, 4), f("BW602", 2), f("BW602", 4));

    assertThat(r.suppressedLines()).containsExactly("BW602@2");
    assertThat(r.keptLines()).containsExactly("BW602@4");
    assertThat(r.warnings()).extracting(SuppressionWarning::line).containsExactly(3);
  }

  @Test
  void furtherCommentLinesMayComeBetweenTheDirectiveAndTheCode() {
    String src = "# bulwark: ignore[BW602] -- reason: vetted input\n# the command is a constant\nrun(a)\n";
    Run r = run(src, spans(3, 3), f("BW602", 3));

    assertThat(r.suppressedLines()).containsExactly("BW602@3");
    assertThat(r.suppressions().get(0).reason()).isEqualTo("vetted input");
  }

  @Test
  void aDirectiveOnTheFirstLineOfAStatementCoversTheWholeStatement() {
    // a call over lines 1-4, its finding on line 3
    String src = "subprocess.run(  # bulwark: ignore[BW602]\n    cmd,\n    shell=True,\n)\n";
    Run r = run(src, spans(1, 4), f("BW602", 3));

    assertThat(r.suppressedLines()).containsExactly("BW602@3");
  }

  @Test
  void aDirectiveOnTheLineBeforeAStatementCoversTheWholeStatement() {
    String src = "# bulwark: ignore[BW602]\nsubprocess.run(\n    cmd,\n    shell=True,\n)\nrun(z)\n";
    Run r = run(src, spans(2, 5, 6, 6), f("BW602", 4), f("BW602", 6));

    assertThat(r.suppressedLines()).containsExactly("BW602@4");
    assertThat(r.keptLines()).containsExactly("BW602@6");
  }

  @Test
  void aDirectiveOnACompoundStatementCoversItsHeaderNotItsBody() {
    String src = "with open(p) as f:  # bulwark: ignore\n    run(x)\n";
    Run r = run(src, spans(1, 1, 2, 2), f("BW108", 1), f("BW602", 2));

    assertThat(r.suppressedLines()).containsExactly("BW108@1");
    assertThat(r.keptLines()).containsExactly("BW602@2");
  }

  @Test
  void aDirectiveInsideAStatementDoesNotCoverItsFirstLine() {
    String src = "subprocess.run(\n    cmd,  # bulwark: ignore[BW602]\n    shell=True)\n";
    Run r = run(src, spans(1, 3), f("BW602", 1));

    assertThat(r.keptLines()).containsExactly("BW602@1");
  }

  // ---- Bandit and Ruff ------------------------------------------------------------------------

  @Test
  void bareNosecCoversEveryRuleOnItsLine() {
    Run r = run("run(x)  # nosec\nrun(y)\n", spans(1, 1, 2, 2), f("BW602", 1), f("BW607", 1), f("BW602", 2));

    assertThat(r.suppressedLines()).containsExactly("BW602@1", "BW607@1");
    assertThat(r.keptLines()).containsExactly("BW602@2");
  }

  @Test
  void nosecWithCodesCoversThoseBanditTestsOnly() {
    Run a = run("run(x)  # nosec B602, B607\n", one(1), f("BW602", 1), f("BW607", 1), f("BW101", 1));
    Run b = run("run(x)  # nosec: B602 B607\n", one(1), f("BW602", 1), f("BW607", 1), f("BW101", 1));

    assertThat(a.keptLines()).containsExactly("BW101@1");
    assertThat(b.keptLines()).containsExactly("BW101@1");
  }

  @Test
  void nosecFollowedByWordsThatAreNoCodesCoversEveryRule() {
    Run r = run("run(x)  # nosec this input is trusted\n", one(1), f("BW602", 1));

    assertThat(r.keptLines()).isEmpty();
  }

  @Test
  void nosecNamingOnlyOtherBanditTestsCoversNothingOfOurs() {
    Run r = run("run(x)  # nosec B999\n", one(1), f("BW602", 1));

    assertThat(r.keptLines()).containsExactly("BW602@1");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void nosecOnACommentLineDoesNotCoverTheNextLine() {
    Run r = run("# nosec\nrun(x)\n", spans(2, 2), f("BW602", 2));

    assertThat(r.keptLines()).containsExactly("BW602@2");
  }

  @Test
  void nosecOnTheFirstLineOfAStatementCoversTheStatement() {
    Run r = run("subprocess.run(  # nosec B602\n    cmd, shell=True)\n", spans(1, 2), f("BW602", 2));

    assertThat(r.keptLines()).isEmpty();
  }

  @Test
  void noqaWithRuffCodesMapsThroughTheAliases() {
    Run r = run("run(x)  # noqa: S602,S101\n", one(1), f("BW602", 1), f("BW101", 1), f("BW607", 1));

    assertThat(r.keptLines()).containsExactly("BW607@1");
  }

  @Test
  void noqaWithOnlyForeignCodesSuppressesNothingOfOurs() {
    Run r = run("run(x)  # noqa: E501\n", one(1), f("BW602", 1));

    assertThat(r.keptLines()).containsExactly("BW602@1");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void bareNoqaCoversEveryRule() {
    Run upper = run("run(x)  # NOQA\n", one(1), f("BW602", 1));
    Run lower = run("run(x)  #noqa\n", one(1), f("BW602", 1));

    assertThat(upper.keptLines()).isEmpty();
    assertThat(lower.keptLines()).isEmpty();
  }

  @Test
  void severalDirectivesMayShareAComment() {
    Run r = run("run(x)  # noqa: E501  # nosec B607\n", one(1), f("BW602", 1), f("BW607", 1));

    assertThat(r.keptLines()).containsExactly("BW602@1");
    assertThat(r.suppressions()).extracting(Suppression::kind)
        .containsExactly(Suppression.Kind.NOQA, Suppression.Kind.NOSEC);
  }

  @Test
  void wordsThatOnlyLookLikeDirectivesAreIgnored() {
    Run r = run("run(x)  # nosecurity here, noqa-ish, bulwark rules\n", one(1), f("BW602", 1));

    assertThat(r.keptLines()).containsExactly("BW602@1");
    assertThat(r.suppressions()).isEmpty();
    assertThat(r.warnings()).isEmpty();
  }

  // ---- file level -----------------------------------------------------------------------------

  @Test
  void ignoreFileBeforeTheFirstStatementCoversTheWholeFile() {
    String src = "#!/usr/bin/env python\n# bulwark: ignore-file[BW101] -- test helpers\nassert a\nrun(x)\nassert b\n";
    Run r = run(src, spans(3, 3, 4, 4, 5, 5), f("BW101", 3), f("BW602", 4), f("BW101", 5));

    assertThat(r.suppressedLines()).containsExactly("BW101@3", "BW101@5");
    assertThat(r.keptLines()).containsExactly("BW602@4");
  }

  @Test
  void bareIgnoreFileCoversEveryRule() {
    Run r = run("# bulwark: ignore-file\nrun(x)\n", spans(2, 2), f("BW602", 2));

    assertThat(r.keptLines()).isEmpty();
  }

  @Test
  void ignoreFileAfterTheFirstStatementIsIgnoredWithAWarning() {
    Run r = run("x = 1\n# bulwark: ignore-file\nrun(x)\n", spans(1, 1, 3, 3), f("BW602", 3));

    assertThat(r.keptLines()).containsExactly("BW602@3");
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.line()).isEqualTo(2);
      assertThat(w.message()).isEqualTo(
          "suppression '# bulwark: ignore-file' is ignored: ignore-file must be a comment line before the first statement");
    });
  }

  // ---- warnings -------------------------------------------------------------------------------

  @Test
  void anUnusedDirectiveIsReportedWithItsLineAndText() {
    Run r = run("x = 1\nrun(y)  # bulwark: ignore[BW602, BW607]\n", spans(1, 1, 2, 2), f("BW602", 2));

    assertThat(r.warnings()).containsExactly(new SuppressionWarning(2, 8,
        "unused suppression '# bulwark: ignore[BW602, BW607]': no BW607 finding on this line"));
  }

  @Test
  void anUnusedBareDirectiveIsReported() {
    Run r = run("# bulwark: ignore\nx = 1\n", spans(2, 2));

    assertThat(r.warnings()).extracting(SuppressionWarning::message)
        .containsExactly("unused suppression '# bulwark: ignore': no finding on line 2 to suppress");
  }

  @Test
  void aDirectiveForARuleThatDidNotRunIsNotReportedAsUnused() {
    Suppressions s = Suppressions.of(comments("x = 1  # bulwark: ignore[BW607]\n"), source("x = 1\n", one(1)), RESOLVER);

    assertThat(s.apply(List.of(), id -> !id.equals("BW607")).warnings()).isEmpty();
    assertThat(s.apply(List.of(), id -> true).warnings()).hasSize(1);
  }

  @Test
  void nosecAndNoqaAreNeverReportedAsUnused() {
    Run r = run("x = 1  # nosec\ny = 2  # noqa: S602\n", spans(1, 1, 2, 2));

    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void unknownCodesAreReportedAndTheKnownOnesStillApply() {
    Run r = run("run(x)  # bulwark: ignore[BW602, BW999]\n", one(1), f("BW602", 1));

    assertThat(r.keptLines()).isEmpty();
    assertThat(r.warnings()).extracting(SuppressionWarning::message)
        .containsExactly("suppression '# bulwark: ignore[BW602, BW999]' names an unknown rule: BW999");
  }

  @Test
  void malformedDirectivesSuppressNothingAndSayWhy() {
    Run r = run(String.join("\n",
        "run(a)  # bulwark: ignroe",
        "run(b)  # bulwark: ignore[BW602",
        "run(c)  # bulwark: ignore[BW602,]",
        "run(d)  # bulwark: ignore[BW602] because it is fine",
        ""), spans(1, 1, 2, 2, 3, 3, 4, 4), f("BW602", 1), f("BW602", 2), f("BW602", 3), f("BW602", 4));

    assertThat(r.keptLines()).containsExactly("BW602@1", "BW602@2", "BW602@3", "BW602@4");
    assertThat(r.warnings()).extracting(SuppressionWarning::message).containsExactly(
        "malformed suppression '# bulwark: ignroe': unknown directive 'ignroe' (expected 'ignore' or 'ignore-file')",
        "malformed suppression '# bulwark: ignore[BW602': '[' is never closed",
        "malformed suppression '# bulwark: ignore[BW602,]': empty rule code in the list"
            + " (write the codes as [BW602, BW607], or leave the brackets out to cover every rule)",
        "malformed suppression '# bulwark: ignore[BW602] because it is fine': unexpected 'because it is fine'"
            + " after the directive (write a reason after ' -- ')");
  }

  @Test
  void aReasonMayFollowABareDirective() {
    Run r = run("run(x)  # bulwark: ignore -- generated code\n", one(1), f("BW602", 1));

    assertThat(r.keptLines()).isEmpty();
    assertThat(r.suppressions().get(0).reason()).isEqualTo("generated code");
  }

  // ---- helpers --------------------------------------------------------------------------------

  private record Run(List<Finding> kept, List<Finding> suppressed, List<SuppressionWarning> warnings,
      List<Suppression> suppressions) {
    List<String> keptLines() {
      return kept.stream().map(f -> f.ruleId() + "@" + f.location().line()).toList();
    }

    List<String> suppressedLines() {
      return suppressed.stream().map(f -> f.ruleId() + "@" + f.location().line()).toList();
    }
  }

  private static Run run(String src, List<LineSpan> statements, Finding... findings) {
    Suppressions s = Suppressions.of(comments(src), source(src, statements), RESOLVER);
    Suppressions.Outcome o = s.apply(List.of(findings), id -> true);
    return new Run(o.kept(), o.suppressed(), o.warnings(), s.all());
  }

  private static SourceText source(String src, List<LineSpan> statements) {
    return SourceText.of(src, statements);
  }

  /** The comments of simple test sources: a '#' outside quotes starts one. */
  private static List<SuppressionComment> comments(String src) {
    List<SuppressionComment> out = new ArrayList<>();
    List<String> lines = SourceText.splitLines(src);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int at = line.indexOf('#');
      if (at >= 0) {
        out.add(new SuppressionComment(i + 1, at, line.substring(at), line.substring(0, at).isBlank()));
      }
    }
    return out;
  }

  private static List<LineSpan> one(int line) {
    return List.of(LineSpan.of(line));
  }

  /** Pairs of (start, end). */
  private static List<LineSpan> spans(int... bounds) {
    List<LineSpan> out = new ArrayList<>();
    for (int i = 0; i < bounds.length; i += 2) {
      out.add(new LineSpan(bounds[i], bounds[i + 1]));
    }
    return out;
  }

  private static Finding f(String rule, int line) {
    return new Finding(rule, rule.toLowerCase(Locale.ROOT), "message", Severity.HIGH, Confidence.HIGH, List.of(78),
        new Location("a.py", line, 0, line, 1), "fix");
  }
}
