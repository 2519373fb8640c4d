package dev.bulwark.report.format;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.bulwark.report.Finding;
import dev.bulwark.report.FlowStep;
import dev.bulwark.report.Location;
import dev.bulwark.report.ReportEntry;
import dev.bulwark.report.RuleDescriptor;
import dev.bulwark.report.ScanDiagnostic;
import dev.bulwark.report.ScanReport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0, in the subset GitHub code scanning reads.
 *
 * <ul>
 *   <li>One run. {@code tool.driver.rules} holds the rules the caller described plus, for a
 *       finding whose rule was not described, what the finding tells about it; sorted by id, so
 *       {@code ruleIndex} is stable. Each rule has the {@code security} tag and one
 *       {@code external/cwe/cwe-N} tag per CWE, and a {@code security-severity} from its default
 *       severity (see {@link Labels#securitySeverity}). {@code help.text} is the rule's fix text
 *       (its summary when it has none) and {@code help.markdown} its full description, which the
 *       rule docs write with a "Use instead" section.
 *   <li>Columns are from 1 in UTF-16 code units ({@code columnKind: utf16CodeUnits}, SARIF's
 *       default and what GitHub assumes), converted from the UTF-8 byte offsets with the line's
 *       text. When the text is unavailable the region gives lines only: a byte offset would be
 *       wrong on any line with non-ASCII text before the column.
 *   <li>Paths are URI references relative to {@code %SRCROOT%}, which {@code originalUriBaseIds}
 *       maps to the base directory when the report has one.
 *   <li>The caller's fingerprint goes in {@code partialFingerprints} under
 *       {@code bulwarkFingerprint/v1}; GitHub's upload action adds its own
 *       {@code primaryLocationLineHash} next to it.
 *   <li>A taint path becomes one {@code codeFlows} entry with one thread flow, source first.
 *   <li>Diagnostics become tool execution notifications of the invocation; the execution counts
 *       as successful unless Bulwark failed internally on a file.
 * </ul>
 */
final class SarifWriter implements ReportWriter {

  static final String SCHEMA_URI =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  static final String FINGERPRINT_KEY = "bulwarkFingerprint/v1";

  @Override
  public String name() {
    return "sarif";
  }

  @Override
  public String extension() {
    return "sarif";
  }

  @Override
  public void write(ScanReport report, Writer out) throws IOException {
    Sources sources = new Sources(report.sources());
    ArtifactUris uris = new ArtifactUris(report.baseDirectory());
    List<RuleDescriptor> rules = rules(report);
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }

    JsonGenerator g = Json.generator(out);
    g.writeStartObject();
    g.writeStringField("$schema", SCHEMA_URI);
    g.writeStringField("version", "2.1.0");
    g.writeArrayFieldStart("runs");
    g.writeStartObject();

    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", report.tool().name());
    g.writeStringField("version", report.tool().version());
    if (report.tool().informationUri() != null) {
      g.writeStringField("informationUri", report.tool().informationUri());
    }
    g.writeArrayFieldStart("rules");
    for (RuleDescriptor r : rules) {
      rule(g, r);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();

    invocation(g, report, uris);

    String baseUri = uris.baseUri();
    if (baseUri != null) {
      g.writeObjectFieldStart("originalUriBaseIds");
      g.writeObjectFieldStart(ArtifactUris.SRCROOT);
      g.writeStringField("uri", baseUri);
      g.writeEndObject();
      g.writeEndObject();
    }

    g.writeArrayFieldStart("results");
    for (ReportEntry e : report.entries()) {
      result(g, e, ruleIndex.get(e.finding().ruleId()), uris, sources);
    }
    g.writeEndArray();
    g.writeStringField("columnKind", "utf16CodeUnits");

    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    Json.finish(g, out);
  }

  /** The described rules (first description of an id wins) and those only findings name. */
  private static List<RuleDescriptor> rules(ScanReport report) {
    Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
    for (RuleDescriptor r : report.rules()) {
      byId.putIfAbsent(r.id(), r);
    }
    for (ReportEntry e : report.entries()) {
      byId.putIfAbsent(e.finding().ruleId(), RuleDescriptor.fromFinding(e.finding()));
    }
    List<RuleDescriptor> rules = new ArrayList<>(byId.values());
    rules.sort(Comparator.comparing(RuleDescriptor::id));
    return rules;
  }

  private static void rule(JsonGenerator g, RuleDescriptor r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("name", r.name());
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", r.summary());
    g.writeEndObject();
    g.writeObjectFieldStart("fullDescription");
    if (r.description() != null && !r.description().isBlank()) {
      g.writeStringField("text", r.description());
      g.writeStringField("markdown", r.description());
    } else {
      g.writeStringField("text", r.summary());
    }
    g.writeEndObject();
    String helpText = r.help() != null && !r.help().isBlank() ? r.help() : r.summary();
    g.writeObjectFieldStart("help");
    g.writeStringField("text", helpText);
    g.writeStringField("markdown", r.description() != null && !r.description().isBlank() ? r.description() : helpText);
    g.writeEndObject();
    if (r.helpUri() != null) {
      g.writeStringField("helpUri", r.helpUri());
    }
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", Labels.sarifLevel(r.defaultSeverity()));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeArrayFieldStart("tags");
    g.writeString("security");
    for (Integer cwe : r.cwes()) {
      g.writeString("external/cwe/cwe-" + cwe);
    }
    g.writeEndArray();
    g.writeStringField("security-severity", Labels.securitySeverity(r.defaultSeverity()));
    if (!r.aliases().isEmpty()) {
      Json.strings(g, "aliases", r.aliases());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void invocation(JsonGenerator g, ScanReport report, ArtifactUris uris) throws IOException {
    boolean failed = report.diagnostics().stream().anyMatch(d -> d.kind() == ScanDiagnostic.Kind.INTERNAL_ERROR);
    g.writeArrayFieldStart("invocations");
    g.writeStartObject();
    g.writeBooleanField("executionSuccessful", !failed);
    g.writeArrayFieldStart("toolExecutionNotifications");
    for (ScanDiagnostic d : report.diagnostics()) {
      g.writeStartObject();
      g.writeObjectFieldStart("descriptor");
      g.writeStringField("id", d.kind().id());
      g.writeEndObject();
      g.writeStringField("level", d.kind() == ScanDiagnostic.Kind.INTERNAL_ERROR ? "error" : "warning");
      message(g, d.message());
      g.writeArrayFieldStart("locations");
      g.writeStartObject();
      g.writeObjectFieldStart("physicalLocation");
      artifact(g, uris.of(d.path()));
      if (d.line() > 0) {
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", d.line());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
  }

  private static void result(JsonGenerator g, ReportEntry entry, int ruleIndex, ArtifactUris uris, Sources sources)
      throws IOException {
    Finding f = entry.finding();
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId());
    g.writeNumberField("ruleIndex", ruleIndex);
    g.writeStringField("level", Labels.sarifLevel(f.severity()));
    message(g, f.message());
    g.writeArrayFieldStart("locations");
    location(g, f.location(), null, uris, sources);
    g.writeEndArray();
    if (entry.fingerprint() != null) {
      g.writeObjectFieldStart("partialFingerprints");
      g.writeStringField(FINGERPRINT_KEY, entry.fingerprint());
      g.writeEndObject();
    }
    if (!entry.flow().isEmpty()) {
      g.writeArrayFieldStart("codeFlows");
      g.writeStartObject();
      g.writeArrayFieldStart("threadFlows");
      g.writeStartObject();
      g.writeArrayFieldStart("locations");
      for (FlowStep step : entry.flow()) {
        g.writeStartObject();
        g.writeFieldName("location");
        location(g, step.location(), step.message(), uris, sources);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeObjectFieldStart("properties");
    g.writeStringField("severity", Labels.of(f.severity()));
    g.writeStringField("confidence", Labels.of(f.confidence()));
    if (f.fix() != null && !f.fix().isBlank()) {
      g.writeStringField("fix", f.fix());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void location(JsonGenerator g, Location at, String message, ArtifactUris uris, Sources sources)
      throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    artifact(g, uris.of(at.path()));
    region(g, at, sources);
    g.writeEndObject();
    if (message != null) {
      message(g, message);
    }
    g.writeEndObject();
  }

  private static void artifact(JsonGenerator g, ArtifactUris.ArtifactUri uri) throws IOException {
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri.uri());
    if (uri.baseId() != null) {
      g.writeStringField("uriBaseId", uri.baseId());
    }
    g.writeEndObject();
  }

  /** Lines always; columns (UTF-16, from 1) only when the text is there to convert them. */
  private static void region(JsonGenerator g, Location at, Sources sources) throws IOException {
    if (at.line() < 1) {
      return;
    }
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", at.line());
    Optional<String> startText = sources.line(at.path(), at.line());
    int startColumn = startText.map(t -> Sources.utf16Index(t, at.column()) + 1).orElse(-1);
    if (startColumn > 0) {
      g.writeNumberField("startColumn", startColumn);
    }
    if (at.endLine() >= at.line()) {
      g.writeNumberField("endLine", at.endLine());
      Optional<String> endText = sources.line(at.path(), at.endLine());
      if (startColumn > 0 && endText.isPresent()) {
        int endColumn = Sources.utf16Index(endText.get(), at.endColumn()) + 1;
        if (at.endLine() > at.line() || endColumn >= startColumn) {
          g.writeNumberField("endColumn", endColumn);
        }
      }
    }
    g.writeEndObject();
  }

  private static void message(JsonGenerator g, String text) throws IOException {
    g.writeObjectFieldStart("message");
    g.writeStringField("text", text);
    g.writeEndObject();
  }
}
