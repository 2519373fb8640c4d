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
import dev.bulwark.secrets.SecretFinding;
import dev.bulwark.secrets.SecretScanner;
import dev.bulwark.secrets.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

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
  /** The secret scanner of the selected secret detectors, or null when none is selected. */
  private final SecretScanner secrets;
  private final Predicate<SecretFinding> allowedSecret;
  private final Redactions redactions;

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
    this(engine, settings, suppressions, baseline, baselineDir, recording, fingerprinting, null, Set.of(),
        new Redactions());
  }

  /**
   * @param secrets the secret scanner to run on every file, or null for none
   * @param allowedSecrets fingerprints of secrets never to report ({@code allow-secrets})
   * @param redactions where to record the secrets found, so that reports mask them
   */
  FileChecker(RuleEngine engine, ScanSettings settings, boolean suppressions, Baseline baseline, Path baselineDir,
      boolean recording, boolean fingerprinting, SecretScanner secrets, Set<String> allowedSecrets,
      Redactions redactions) {
    this.secrets = secrets;
    Set<String> allowed = Set.copyOf(allowedSecrets);
    this.allowedSecret = f -> !allowed.contains(f.fingerprint());
    this.redactions = redactions;
    this.engine = engine;
    this.settings = settings;
    this.suppressions = suppressions;
    this.baseline = baseline;
    this.baselineDir = baselineDir != null ? baselineDir : Path.of("").toAbsolutePath();
    this.fingerprinting = baselineDir != null || fingerprinting;
    this.recording = recording;
  }

  /**
   * The file's findings and warnings. A file that did not parse gets only its secrets (a syntax
   * error does not make a committed token less real), with comments found line by line.
   */
  Checked check(SourceFile file, ParseResult result) {
    if (result == null) {
      return Checked.NOTHING;
    }
    if (!result.ok()) {
      return secrets == null ? Checked.NOTHING : checkText(file, result.source());
    }
    ModuleName name = ModuleName.of(file.path());
    List<Finding> findings = engine.check(result, file.display(), name.dotted(), name.isPackage());
    if (secrets != null) {
      findings = withSecrets(file, result.source(), findings);
    }
    redactLiterals(file, result.source(), findings);
    Set<String> ignoredHere = settings.ignoredFor(file.path());
    if (!ignoredHere.isEmpty()) {
      findings = findings.stream().filter(f -> !ignoredHere.contains(f.ruleId())).toList();
    }
    if (findings.isEmpty() && (!suppressions || !anyDirective(result.comments()))) {
      return Checked.NOTHING;
    }
    SourceText source = SourceText.of(result.source(), StatementSpans.of(result.module()));
    return finish(file, findings, ignoredHere, source, () -> comments(result.comments(), source));
  }

  /**
   * The secrets of a file that is read for secrets only (configuration, environment files,
   * notebooks), or of a Python file that does not parse. Suppression comments are found line by line:
   * a {@code #} comment holding a directive.
   */
  Checked checkText(SourceFile file, String text) {
    if (secrets == null) {
      return Checked.NOTHING;
    }
    List<Finding> findings = withSecrets(file, text, List.of());
    Set<String> ignoredHere = settings.ignoredFor(file.path());
    if (!ignoredHere.isEmpty()) {
      findings = findings.stream().filter(f -> !ignoredHere.contains(f.ruleId())).toList();
    }
    if (findings.isEmpty()) {
      return Checked.NOTHING;
    }
    SourceText source = SourceText.of(text, List.of());
    return finish(file, findings, ignoredHere, source, () -> textComments(text));
  }

  /**
   * Findings made outside the rule engine for a text file (the dependency audit's, at manifest
   * lines): the same rule selection, per-path ignores, suppression comments, thresholds and baseline
   * as every other finding.
   */
  Checked checkFound(SourceFile file, String text, List<Finding> found) {
    Set<String> ignoredHere = settings.ignoredFor(file.path());
    List<Finding> findings = found.stream()
        .filter(f -> settings.runs(f.ruleId()) && !ignoredHere.contains(f.ruleId())).toList();
    if (findings.isEmpty()) {
      return Checked.NOTHING;
    }
    return finish(file, findings, ignoredHere, SourceText.of(text, List.of()), () -> textComments(text));
  }

  /**
   * The code findings plus the file's secrets. Where a token format finds a secret on a line that a
   * Python secret rule (BW105-BW107, BW964) also reports, the token format's finding says more, and
   * the rule's is dropped so one secret gives one finding.
   */
  private List<Finding> withSecrets(SourceFile file, String text, List<Finding> code) {
    List<SecretFinding> found = secrets.scan(file.display(), text);
    if (found.isEmpty()) {
      return code;
    }
    List<String> lines = SourceText.splitLines(text);
    List<Finding> out = new ArrayList<>();
    Set<Integer> secretLines = new HashSet<>();
    for (SecretFinding f : found) {
      redactions.add(file.display(), f.spans());
      if (allowedSecret.test(f)) {
        out.add(SecretFindings.toFinding(file.display(), f, lines));
        secretLines.add(f.at().line());
      }
    }
    for (Finding f : code) {
      if (!(SecretRule.PYTHON_SECRET_RULES.contains(f.ruleId()) && secretLines.contains(f.location().line()))) {
        out.add(f);
      }
    }
    return out;
  }

  /** Records the literals that the Python secret rules report, so that reports mask them too. */
  private void redactLiterals(SourceFile file, String text, List<Finding> findings) {
    List<Span> spans = null;
    List<String> lines = null;
    for (Finding f : findings) {
      if (SecretRule.PYTHON_SECRET_RULES.contains(f.ruleId())) {
        if (spans == null) {
          spans = new ArrayList<>();
          lines = SourceText.splitLines(text);
        }
        spans.addAll(SecretFindings.literalSpans(f.location(), lines));
      }
    }
    if (spans != null) {
      redactions.add(file.display(), spans);
    }
  }

  /** Suppressions, thresholds and the baseline, then diagnostics: the same for every kind of file. */
  private Checked finish(SourceFile file, List<Finding> findings, Set<String> ignoredHere, SourceText source,
      Supplier<List<SuppressionComment>> commentsOf) {
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
      Suppressions comments = Suppressions.of(commentsOf.get(), source, settings.catalog());
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

  /**
   * The comments of a file that is not parsed: from each {@code #} on that starts a comment in
   * {@code .env}, YAML, TOML, INI and shell files, when it may hold a directive.
   */
  private static List<SuppressionComment> textComments(String text) {
    List<SuppressionComment> out = new ArrayList<>();
    List<String> lines = SourceText.splitLines(text);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      while (hash >= 0) {
        boolean starts = hash == 0 || Character.isWhitespace(line.charAt(hash - 1));
        if (starts && Suppressions.mayHoldDirective(line.substring(hash))) {
          out.add(new SuppressionComment(i + 1, hash, line.substring(hash), line.substring(0, hash).isBlank()));
          break;
        }
        hash = line.indexOf('#', hash + 1);
      }
    }
    return out;
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
