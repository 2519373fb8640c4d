package dev.bulwark.cli;

import dev.bulwark.report.ReportEntry;
import dev.bulwark.report.ScanDiagnostic;
import dev.bulwark.report.ScanReport;
import dev.bulwark.report.format.FormatOptions;
import dev.bulwark.report.format.Formats;
import dev.bulwark.rules.Rule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reports a scan writes: one on standard output in {@code --format}, and one per
 * {@code --output FORMAT:FILE}. The concise format prints as the scan goes; every other one is
 * written at the end from the findings and problems collected here.
 */
final class Reports {

  static final String CONCISE = "concise";

  private final String stdoutFormat;
  private final List<Formats.Output> outputs;
  private final FormatOptions stdoutOptions;
  private final List<ReportEntry> entries = new ArrayList<>();
  private final List<ScanDiagnostic> diagnostics = new ArrayList<>();

  private Reports(String stdoutFormat, List<Formats.Output> outputs, FormatOptions stdoutOptions) {
    this.stdoutFormat = stdoutFormat;
    this.outputs = outputs;
    this.stdoutOptions = stdoutOptions;
  }

  /**
   * Checks the options before anything is scanned.
   *
   * @throws IllegalArgumentException with a message for the user, for an unknown format, colour choice, or
   *     an output whose directory does not exist
   */
  static Reports of(String format, List<String> outputSpecs, String color, Terminal terminal, Map<String, String> env) {
    String stdout = format.toLowerCase(Locale.ROOT);
    if (!stdout.equals(CONCISE) && !Formats.names().contains(stdout)) {
      throw new IllegalArgumentException("unknown report format '" + format + "'; expected one of: " + CONCISE + ", "
          + String.join(", ", Formats.names()));
    }
    List<Formats.Output> outputs = new ArrayList<>();
    for (String spec : outputSpecs) {
      Formats.Output output = Formats.parseOutput(spec);
      Path dir = output.path() == null ? null : output.path().toAbsolutePath().getParent();
      if (dir != null && !Files.isDirectory(dir)) {
        throw new IllegalArgumentException("cannot write " + output.path() + ": no such directory " + dir);
      }
      outputs.add(output);
    }
    boolean colour = switch (color.toLowerCase(Locale.ROOT)) {
      case "always" -> true;
      case "never" -> false;
      case "auto" -> terminal.stdoutIsTty() && !env.containsKey("NO_COLOR");
      default -> throw new IllegalArgumentException("--color must be auto, always or never, not '" + color + "'");
    };
    return new Reports(stdout, List.copyOf(outputs), new FormatOptions(colour));
  }

  /** Whether standard output gets the one-line-per-problem format as the scan goes. */
  boolean concise() {
    return stdoutFormat.equals(CONCISE);
  }

  /** Whether any report shows fingerprints: all formats do but the text and concise ones. */
  boolean needsFingerprints() {
    return showsFingerprints(stdoutFormat) || outputs.stream().anyMatch(o -> showsFingerprints(o.format()));
  }

  private static boolean showsFingerprints(String format) {
    return !format.equals(CONCISE) && !format.equals("text");
  }

  /** Keeps a finding or problem for the reports written at the end. */
  void add(Diagnostic diagnostic) {
    if (diagnostic.entry() != null) {
      entries.add(diagnostic.entry());
      return;
    }
    ScanDiagnostic problem = diagnostic.asScanDiagnostic();
    if (problem != null) {
      diagnostics.add(problem);
    }
  }

  /**
   * The rules with findings in this report: their descriptions make the reports self-explaining,
   * and describing the other hundred would only make every report larger.
   */
  private List<Rule> rulesFound(List<Rule> rules) {
    Set<String> found = new HashSet<>();
    for (ReportEntry e : entries) {
      found.add(e.finding().ruleId());
    }
    return rules.stream().filter(r -> found.contains(r.metadata().id())).toList();
  }

  /** Writes every report but the concise one, which has already been printed. */
  void write(List<Path> roots, List<SourceFile> files, List<Rule> rules, PrintWriter stdout) throws IOException {
    write(roots, files, rules, new Redactions(), stdout);
  }

  /** Writes the reports, with every secret in {@code redactions} masked in the source lines they show. */
  void write(List<Path> roots, List<SourceFile> files, List<Rule> rules, Redactions redactions, PrintWriter stdout)
      throws IOException {
    if (concise() && outputs.isEmpty()) {
      return;
    }
    ScanReport report = ScanReport.builder(new ScanReport.Tool("bulwark", VersionProvider.version(), null))
        .baseDirectory(Path.of("").toAbsolutePath())
        .roots(roots.stream().map(Path::toString).toList())
        .files(files.stream().map(SourceFile::display).toList())
        .entries(entries)
        .diagnostics(diagnostics)
        .rules(RuleDescriptors.of(rulesFound(rules)))
        .sources(redactions.mask(new FileSourceLines(files)))
        .build();
    if (!concise()) {
      Formats.get(stdoutFormat, stdoutOptions).write(report, stdout);
      stdout.flush();
    }
    for (Formats.Output output : outputs) {
      if (output.path() == null) {
        output.writer(FormatOptions.DEFAULT).write(report, stdout);
        stdout.flush();
      } else {
        try (OutputStream file = Files.newOutputStream(output.path())) {
          output.writer(FormatOptions.DEFAULT).write(report, file);
        }
      }
    }
  }
}
