package dev.bulwark.deps.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.bulwark.deps.audit.Finding;
import dev.bulwark.deps.cvss.Severity;
import dev.bulwark.deps.cvss.SeverityRating;
import dev.bulwark.deps.manifest.Dependency;
import dev.bulwark.deps.manifest.ManifestProblem;
import dev.bulwark.deps.manifest.SourceLocation;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0 for code scanning services: one rule per advisory (alias group), one result per
 * vulnerable package occurrence, located at the manifest line that declares the package. Paths
 * inside the base directory are relative to {@code %SRCROOT%}. Files that could not be read are
 * tool execution notifications. The advisory database's date is a run property.
 */
final class SarifWriter implements DepsReportWriter {

  private static final String SRCROOT = "%SRCROOT%";

  @Override
  public void write(DepsReport report, Writer out) throws IOException {
    List<Rows.Row> rows = Rows.findings(report);
    Map<String, Rows.Row> rules = new LinkedHashMap<>();
    for (Rows.Row r : rows) {
      rules.putIfAbsent(r.finding().id(), r);
    }
    List<String> ruleIds = List.copyOf(rules.keySet());

    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    g.writeStringField("version", "2.1.0");
    g.writeArrayFieldStart("runs");
    g.writeStartObject();

    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "bulwark");
    g.writeStringField("version", report.toolVersion());
    g.writeArrayFieldStart("rules");
    for (Rows.Row r : rules.values()) {
      writeRule(g, r.finding());
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();

    Path base = report.baseDirectory() == null ? null : report.baseDirectory().toAbsolutePath().normalize();
    if (base != null) {
      g.writeObjectFieldStart("originalUriBaseIds");
      g.writeObjectFieldStart(SRCROOT);
      String uri = base.toUri().toString();
      g.writeStringField("uri", uri.endsWith("/") ? uri : uri + "/");
      g.writeEndObject();
      g.writeEndObject();
    }

    g.writeArrayFieldStart("invocations");
    g.writeStartObject();
    g.writeBooleanField("executionSuccessful", report.problems().isEmpty());
    if (!report.problems().isEmpty()) {
      g.writeArrayFieldStart("toolExecutionNotifications");
      for (ManifestProblem p : report.problems()) {
        g.writeStartObject();
        g.writeStringField("level", "error");
        g.writeObjectFieldStart("message");
        g.writeStringField("text", p.message());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        writeLocation(g, report, p.source());
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndArray();

    g.writeArrayFieldStart("results");
    for (Rows.Row r : rows) {
      writeResult(g, report, r, ruleIds.indexOf(r.finding().id()));
    }
    g.writeEndArray();

    g.writeObjectFieldStart("properties");
    g.writeObjectFieldStart("advisoryDatabase");
    g.writeStringField("date", report.databaseDate());
    if (report.database() != null) {
      g.writeStringField("source", report.database().source());
      g.writeNumberField("records", report.database().records());
    }
    g.writeEndObject();
    g.writeStringField("environment", report.environment());
    g.writeEndObject();

    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.write('\n');
  }

  private static void writeRule(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", f.id());
    g.writeStringField("name", "vulnerable-dependency");
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", f.summary().isEmpty() ? f.id() : f.summary());
    g.writeEndObject();
    g.writeStringField("helpUri", "https://osv.dev/vulnerability/" + f.id());
    g.writeObjectFieldStart("help");
    String also = Rows.otherIds(f).isEmpty() ? "" : " Also known as " + String.join(", ", Rows.otherIds(f)) + ".";
    String fixes = f.fixedIn().isEmpty() ? " No fixed version is known." : " Fixed in " + String.join(", ", f.fixedIn()) + ".";
    g.writeStringField("text", (f.summary().isEmpty() ? f.id() : f.summary()) + "." + also + fixes);
    g.writeEndObject();
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level(f.severity(), false));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeArrayFieldStart("tags");
    g.writeString("security");
    g.writeString("vulnerability");
    g.writeString("dependency");
    g.writeEndArray();
    String securitySeverity = securitySeverity(f.severity());
    if (securitySeverity != null) {
      g.writeStringField("security-severity", securitySeverity);
    }
    g.writeArrayFieldStart("aliases");
    for (String a : f.aliases()) {
      g.writeString(a);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeResult(JsonGenerator g, DepsReport report, Rows.Row r, int ruleIndex) throws IOException {
    Dependency d = r.pkg().dependency();
    Finding f = r.finding();
    g.writeStartObject();
    g.writeStringField("ruleId", f.id());
    g.writeNumberField("ruleIndex", ruleIndex);
    g.writeStringField("level", level(f.severity(), f.potential()));
    g.writeObjectFieldStart("message");
    String subject = f.potential()
        ? d.name() + " " + Rows.version(d) + " allows versions affected by " + f.id()
        : d.name() + " " + Rows.version(d) + " is affected by " + f.id();
    String also = Rows.otherIds(f).isEmpty() ? "" : " (" + String.join(", ", Rows.otherIds(f)) + ")";
    g.writeStringField("text", subject + also + (f.summary().isEmpty() ? "" : ": " + f.summary()) + ". Fix: "
        + Rows.fix(r.pkg(), f) + ".");
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    writeLocation(g, report, d.source());
    g.writeEndArray();
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField("bulwarkDependency/v1", fingerprint(report.displayPath(d.source().file()) + "\n" + r.pkg().name()
        + "\n" + Rows.version(d) + "\n" + f.id()));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeStringField("package", d.name());
    g.writeStringField("version", Rows.version(d));
    g.writeStringField("scope", d.scope());
    g.writeBooleanField("potential", f.potential());
    g.writeStringField("severity", f.severity().severity().label());
    g.writeArrayFieldStart("fixedIn");
    for (String v : f.fixedIn()) {
      g.writeString(v);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeLocation(JsonGenerator g, DepsReport report, SourceLocation source) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    Path abs = source.file().toAbsolutePath().normalize();
    Path base = report.baseDirectory() == null ? null : report.baseDirectory().toAbsolutePath().normalize();
    if (base != null && abs.startsWith(base)) {
      g.writeStringField("uri", relativeUri(base.relativize(abs)));
      g.writeStringField("uriBaseId", SRCROOT);
    } else {
      g.writeStringField("uri", abs.toUri().toString());
    }
    g.writeEndObject();
    if (source.line() > 0) {
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", source.line());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static String relativeUri(Path relative) {
    try {
      return new URI(null, null, relative.toString().replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      return relative.toString().replace('\\', '/');
    }
  }

  /** GitHub's mapping: critical and high are errors, medium warnings, low notes; a potential finding is a note. */
  private static String level(SeverityRating rating, boolean potential) {
    if (potential) {
      return "note";
    }
    Severity s = rating.severity();
    switch (s) {
      case CRITICAL:
      case HIGH:
        return "error";
      case LOW:
      case NONE:
        return "note";
      default:
        return "warning";
    }
  }

  /** The CVSS base score, or a score in the middle of the band; none when the severity is unknown. */
  private static String securitySeverity(SeverityRating rating) {
    if (rating.score().isPresent()) {
      return String.format(Locale.ROOT, "%.1f", rating.score().get().baseScore());
    }
    switch (rating.severity()) {
      case CRITICAL:
        return "9.5";
      case HIGH:
        return "8.0";
      case MEDIUM:
        return "5.5";
      case LOW:
        return "3.0";
      default:
        return null;
    }
  }

  private static String fingerprint(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
