package dev.bulwark.cli;

import dev.bulwark.python.Comment;
import dev.bulwark.python.ParseResult;
import dev.bulwark.report.Finding;
import dev.bulwark.report.baseline.Baseline;
import dev.bulwark.report.baseline.Fingerprint;
import dev.bulwark.report.source.SourceText;
import dev.bulwark.report.suppress.SuppressionComment;
import dev.bulwark.report.suppress.SuppressionWarning;
import dev.bulwark.report.suppress.Suppressions;
import dev.bulwark.rules.engine.RuleEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a scan does with one parsed file after parsing: runs the rules, drops the rules
 * {@code per-path-ignores} turns off here, applies the suppression comments, the severity and
 * confidence thresholds and the baseline, and turns what is left into diagnostics. Immutable, so
 * one instance serves all worker threads.
 */
final class FileChecker {

  /**
   * What one file gave.
   *
   * @param diagnostics findings and warnings, sorted
   * @param suppressed how many findings a suppression comment hid (only ones that pass the thresholds)
   * @param baselined how many findings the baseline hid
   * @param entries the findings reported, as baseline entries (only when recording a baseline)
   */
  record Checked(List<Diagnostic> diagnostics, int suppressed, int baselined, List<Baseline.Entry> entries) {
    static final Checked NOTHING = new Checked(List.of(), 0, 0, List.of());
  }

  private final RuleEngine engine;
  private final ScanSettings settings;
  private final boolean suppressions;
  private final Baseline baseline;
  /** The directory baseline paths are relative to, or null when no baseline is read or written. */
  private final Path baselineDir;
  /** Whether findings get fingerprints: for a baseline, and for reports that carry them (SARIF, JSON). */
  private final boolean fingerprinting;
  private final boolean recording;

  /**
   * @param suppressions whether to apply suppression comments ({@code --no-suppressions} turns them off)
   * @param baseline the baseline whose findings to hide, or null
   * @param baselineDir where the baseline file lives (fingerprint paths are relative to it), or null to
   *     fingerprint relative to the working directory
   * @param fingerprinting whether to fingerprint findings even without a baseline
   * @param recording whether to return the reported findings as entries of a new baseline
   */
  FileChecker(RuleEngine engine, ScanSettings settings, boolean suppressions, Baseline baseline, Path baselineDir,
      boolean recording, boolean fingerprinting) {
    this.engine = engine;
    this.settings = settings;
    this.suppressions = suppressions;
    this.baseline = baseline;
    this.baselineDir = baselineDir != null ? baselineDir : Path.of("").toAbsolutePath();
    this.fingerprinting = baselineDir != null || fingerprinting;
    this.recording = recording;
  }

  /** The file's findings and warnings, or nothing when it did not parse. */
  Checked check(SourceFile file, ParseResult result) {
    if (result == null || !result.ok()) {
      return Checked.NOTHING;
    }
    ModuleName name = ModuleName.of(file.path());
    List<Finding> findings = engine.check(result, file.display(), name.dotted(), name.isPackage());
    Set<String> ignoredHere = settings.ignoredFor(file.path());
    if (!ignoredHere.isEmpty()) {
      findings = findings.stream().filter(f -> !ignoredHere.contains(f.ruleId())).toList();
    }
    if (findings.isEmpty() && (!suppressions || !anyDirective(result.comments()))) {
      return Checked.NOTHING;
    }
    SourceText source = SourceText.of(result.source(), StatementSpans.of(result.module()));

    Map<Finding, String> fingerprints = new IdentityHashMap<>();
    if (fingerprinting) {
      List<Fingerprint> values = Fingerprint.of(baselinePath(file.path()), findings, source);
      for (int i = 0; i < findings.size(); i++) {
        fingerprints.put(findings.get(i), values.get(i).value());
      }
    }

    List<Diagnostic> out = new ArrayList<>();
    List<Finding> kept = findings;
    int suppressed = 0;
    if (suppressions) {
      Suppressions comments = Suppressions.of(comments(result.comments(), source), source, settings.catalog());
      Suppressions.Outcome outcome = comments.apply(findings,
          id -> settings.runs(id) && !ignoredHere.contains(id));
      kept = outcome.kept();
      suppressed = (int) outcome.suppressed().stream().filter(settings::reported).count();
      for (SuppressionWarning w : outcome.warnings()) {
        out.add(Diagnostic.warning(file.display(), w.line(), w.column(), w.message()));
      }
    }

    int baselined = 0;
    List<Baseline.Entry> entries = recording ? new ArrayList<>() : List.of();
    for (Finding f : kept) {
      if (!settings.reported(f)) {
        continue;
      }
      String fingerprint = fingerprints.get(f);
      if (baseline != null && baseline.contains(fingerprint)) {
        baselined++;
        continue;
      }
      if (recording) {
        entries.add(new Baseline.Entry(fingerprint, f.ruleId(), baselinePath(file.path()), f.location().line(),
            f.message()));
      }
      out.add(Diagnostic.finding(f, !recording && settings.failsOn(f), fingerprint));
    }
    Collections.sort(out);
    return new Checked(out, suppressed, baselined, entries);
  }

  /** The file's path relative to the baseline's directory, as fingerprints store it. */
  private String baselinePath(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return (abs.startsWith(baselineDir) ? baselineDir.relativize(abs) : abs).toString().replace('\\', '/');
  }

  private static boolean anyDirective(List<Comment> comments) {
    for (Comment c : comments) {
      if (Suppressions.mayHoldDirective(c.text())) {
        return true;
      }
    }
    return false;
  }

  /** The parser's comments, each marked whether it stands on a line of its own. */
  private static List<SuppressionComment> comments(List<Comment> comments, SourceText source) {
    List<SuppressionComment> out = new ArrayList<>(comments.size());
    for (Comment c : comments) {
      int line = c.range().line();
      int col = c.range().col();
      String text = source.line(line);
      // The column counts UTF-8 bytes; when only ASCII blanks come before the '#', it is also the char index.
      boolean ownLine = col <= text.length() && text.substring(0, col).isBlank()
          && col < text.length() && text.charAt(col) == '#';
      out.add(new SuppressionComment(line, col, c.text(), ownLine));
    }
    return out;
  }
}
