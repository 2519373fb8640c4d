package dev.bulwark.report.format;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Finding;
import dev.bulwark.report.FlowStep;
import dev.bulwark.report.Location;
import dev.bulwark.report.ReportEntry;
import dev.bulwark.report.RuleDescriptor;
import dev.bulwark.report.ScanDiagnostic;
import dev.bulwark.report.ScanReport;
import dev.bulwark.report.Severity;
import dev.bulwark.report.SourceLines;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reports the format tests write. */
final class Samples {

  static final ScanReport.Tool TOOL = new ScanReport.Tool("bulwark", "0.1.0", null);

  static final String APP = "src/app.py";
  static final String APP_TEXT = """
      import subprocess
      from flask import request


      def run():
          cmd = request.args["cmd"]
          subprocess.call(cmd, shell=True)
          return eval(cmd)
      """;

  /** Non-ASCII path; a comment in Cyrillic and a line with two-, three- and four-byte characters. */
  static final String UNICODE = "src/unicode_\u00e9.py";
  static final String UNICODE_TEXT =
      "# \u043a\u043e\u043c\u043c\u0435\u043d\u0442\n"
      + "greeting = \"h\u00e9llo \u65e5\u672c \ud83d\udc0d\"; result = eval(greeting)\n";

  static final String CLEAN = "src/clean.py";
  /** Its text is not given to the writers. */
  static final String DEPLOY = "scripts/deploy.py";

  private Samples() {}

  /** The location of {@code code} on line {@code line} of {@code text}, in UTF-8 bytes. */
  static Location at(String path, String text, int line, String code) {
    String lineText = SourceLines.split(text).get(line - 1);
    int index = lineText.indexOf(code);
    if (index < 0) {
      throw new IllegalArgumentException(code + " not on line " + line + ": " + lineText);
    }
    int start = bytes(lineText.substring(0, index));
    return new Location(path, line, start, line, start + bytes(code));
  }

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  static RuleDescriptor shellRule() {
    return new RuleDescriptor("BW602", "subprocess-shell-true", "Subprocess call with shell=True",
        "## What it does\n\nFinds `subprocess` calls that run their command through a shell.\n\n"
            + "## Why is this bad?\n\nA shell reads `;`, `|` and `$(...)` in the command.\n",
        "Pass the command as a list of arguments and drop shell=True.", List.of(78),
        Severity.HIGH, List.of("B602", "S602"), "https://example.com/rules/BW602");
  }

  static RuleDescriptor codeInjectionRule() {
    return new RuleDescriptor("BW901", "code-injection", "Request data reaches eval or exec",
        "## What it does\n\nFollows request data to `eval`, `exec` and `compile`.\n", null, List.of(95, 94),
        Severity.CRITICAL, List.of(), null);
  }

  static RuleDescriptor evalRule() {
    return new RuleDescriptor("BW307", "eval-used", "Use of eval", null,
        "Use ast.literal_eval for literals, or a parser for the format.", List.of(95), Severity.MEDIUM,
        List.of("B307"), null);
  }

  /** Findings in four files, one with a taint path, one whose text is unavailable; two diagnostics. */
  static ScanReport sample() {
    Finding shell = new Finding("BW602", "subprocess-shell-true",
        "subprocess.call runs 'cmd' through a shell", Severity.HIGH, Confidence.HIGH, List.of(78),
        at(APP, APP_TEXT, 7, "subprocess.call(cmd, shell=True)"),
        "Pass the command as a list of arguments and drop shell=True.");
    Finding injection = new Finding("BW901", "code-injection",
        "request data reaches eval() & runs as code", Severity.CRITICAL, Confidence.HIGH, List.of(95, 94),
        at(APP, APP_TEXT, 8, "eval(cmd)"), "Do not evaluate request data.");
    List<FlowStep> flow = List.of(
        new FlowStep(at(APP, APP_TEXT, 6, "request.args[\"cmd\"]"), "request.args read here"),
        new FlowStep(at(APP, APP_TEXT, 6, "cmd"), "assigned to cmd"),
        new FlowStep(at(APP, APP_TEXT, 8, "cmd)"), "reaches eval"));
    Finding eval = new Finding("BW307", "eval-used",
        "eval() of \"h\u00e9llo\" <string> \u2014 use ast.literal_eval", Severity.MEDIUM, Confidence.MEDIUM,
        List.of(95), at(UNICODE, UNICODE_TEXT, 2, "eval(greeting)"), "Use ast.literal_eval.");
    Finding password = new Finding("BW105", "hardcoded-password", "hardcoded password assigned to 'PASSWORD'",
        Severity.LOW, Confidence.MEDIUM, List.of(259), new Location(DEPLOY, 3, 0, 3, 20), null);
    return ScanReport.builder(TOOL)
        .baseDirectory(Path.of("/home/dev/project"))
        .roots(List.of("src", DEPLOY))
        .files(List.of(APP, CLEAN, UNICODE, DEPLOY, "src/bad.py", "src/secret.py"))
        .entry(ReportEntry.of(password))
        .entry(new ReportEntry(injection, "9c1e7a40d2b85f36", flow))
        .entry(ReportEntry.of(shell, "3f9a1c0e5b7d2a64"))
        .entry(ReportEntry.of(eval))
        .diagnostic(new ScanDiagnostic("src/secret.py", 0, "cannot read: permission denied",
            ScanDiagnostic.Kind.UNREADABLE))
        .diagnostic(new ScanDiagnostic("src/bad.py", 2, "invalid syntax", ScanDiagnostic.Kind.SYNTAX_ERROR))
        .rules(List.of(shellRule(), codeInjectionRule(), evalRule()))
        .sources(SourceLines.of(Map.of(APP, APP_TEXT, UNICODE, UNICODE_TEXT, CLEAN, "print('hi')\n")))
        .build();
  }

  /** A scan of one clean file. */
  static ScanReport empty() {
    return ScanReport.builder(TOOL).roots(List.of(".")).files(List.of(CLEAN)).build();
  }

  /** One finding in {@code path} with {@code message}, on line 1 of {@code text}. */
  static ScanReport oneFinding(String path, String text, String code, String message, String ruleName,
      String fix, String fingerprint) {
    Finding f = new Finding("BW999", ruleName, message, Severity.HIGH, Confidence.LOW, List.of(79),
        at(path, text, 1, code), fix);
    return ScanReport.builder(TOOL)
        .baseDirectory(Path.of("/work"))
        .roots(List.of(path))
        .files(List.of(path))
        .entry(ReportEntry.of(f, fingerprint))
        .sources(SourceLines.of(Map.of(path, text)))
        .build();
  }

  static String write(String format, ScanReport report) {
    return write(Formats.get(format), report);
  }

  static String write(ReportWriter writer, ScanReport report) {
    StringWriter out = new StringWriter();
    try {
      writer.write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
