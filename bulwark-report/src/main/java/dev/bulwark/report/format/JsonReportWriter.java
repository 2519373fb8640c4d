package dev.bulwark.report.format;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.bulwark.report.Finding;
import dev.bulwark.report.FlowStep;
import dev.bulwark.report.Location;
import dev.bulwark.report.ReportEntry;
import dev.bulwark.report.RuleDescriptor;
import dev.bulwark.report.ScanDiagnostic;
import dev.bulwark.report.ScanReport;
import dev.bulwark.report.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * Bulwark's own JSON format, described by {@code dev/bulwark/report/bulwark-report.schema.json}.
 * Fields always appear, in the schema's order; absent values are {@code null}. Positions are
 * CPython's: lines from 1, columns from 0 in UTF-8 bytes ({@code col_offset}), so they do not
 * depend on whether the file's text was available.
 *
 * <p>{@link #SCHEMA_VERSION} changes with the schema: the minor number when fields are added,
 * the major number when a field is removed, renamed or changes meaning.
 */
final class JsonReportWriter implements ReportWriter {

  static final String SCHEMA_VERSION = "1.0";

  /** The schema on the class path. */
  static final String SCHEMA_RESOURCE = "/dev/bulwark/report/bulwark-report.schema.json";

  @Override
  public String name() {
    return "json";
  }

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public void write(ScanReport report, Writer out) throws IOException {
    JsonGenerator g = Json.generator(out);
    g.writeStartObject();
    g.writeStringField("schema_version", SCHEMA_VERSION);
    g.writeObjectFieldStart("tool");
    g.writeStringField("name", report.tool().name());
    g.writeStringField("version", report.tool().version());
    Json.string(g, "information_uri", report.tool().informationUri());
    g.writeEndObject();
    Json.string(g, "base_directory", report.baseDirectory() == null ? null : report.baseDirectory().toString());
    Json.strings(g, "roots", report.roots());
    summary(g, report.summary());
    g.writeArrayFieldStart("findings");
    for (ReportEntry e : report.entries()) {
      finding(g, e);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("diagnostics");
    for (ScanDiagnostic d : report.diagnostics()) {
      g.writeStartObject();
      g.writeStringField("kind", d.kind().id());
      g.writeStringField("path", d.path());
      g.writeNumberField("line", d.line());
      g.writeStringField("message", d.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rules");
    for (RuleDescriptor r : report.rules()) {
      rule(g, r);
    }
    g.writeEndArray();
    g.writeEndObject();
    Json.finish(g, out);
  }

  private static void summary(JsonGenerator g, ScanReport.Summary summary) throws IOException {
    g.writeObjectFieldStart("summary");
    g.writeNumberField("files_scanned", summary.filesScanned());
    g.writeNumberField("findings", summary.findings());
    g.writeNumberField("diagnostics", summary.diagnostics());
    g.writeObjectFieldStart("by_severity");
    for (Severity s : Labels.SEVERITIES_HIGH_FIRST) {
      g.writeNumberField(Labels.of(s), summary.findingsBySeverity().get(s));
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void finding(JsonGenerator g, ReportEntry entry) throws IOException {
    Finding f = entry.finding();
    g.writeStartObject();
    g.writeStringField("rule_id", f.ruleId());
    g.writeStringField("rule_name", f.ruleName());
    g.writeStringField("severity", Labels.of(f.severity()));
    g.writeStringField("confidence", Labels.of(f.confidence()));
    g.writeStringField("message", f.message());
    Json.ints(g, "cwes", f.cwes());
    g.writeFieldName("location");
    location(g, f.location());
    Json.string(g, "fix", f.fix());
    Json.string(g, "fingerprint", entry.fingerprint());
    g.writeArrayFieldStart("flow");
    for (FlowStep step : entry.flow()) {
      g.writeStartObject();
      g.writeFieldName("location");
      location(g, step.location());
      g.writeStringField("message", step.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void location(JsonGenerator g, Location at) throws IOException {
    g.writeStartObject();
    g.writeStringField("path", at.path());
    g.writeNumberField("line", at.line());
    g.writeNumberField("col_offset", at.column());
    g.writeNumberField("end_line", at.endLine());
    g.writeNumberField("end_col_offset", at.endColumn());
    g.writeEndObject();
  }

  private static void rule(JsonGenerator g, RuleDescriptor r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("name", r.name());
    g.writeStringField("summary", r.summary());
    Json.string(g, "description", r.description());
    Json.string(g, "help", r.help());
    Json.ints(g, "cwes", r.cwes());
    g.writeStringField("default_severity", Labels.of(r.defaultSeverity()));
    Json.strings(g, "aliases", r.aliases());
    Json.string(g, "help_uri", r.helpUri());
    g.writeEndObject();
  }
}
