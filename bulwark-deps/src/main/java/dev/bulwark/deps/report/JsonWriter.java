package dev.bulwark.deps.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.bulwark.deps.audit.Finding;
import dev.bulwark.deps.audit.PackageResult;
import dev.bulwark.deps.cvss.SeverityRating;
import dev.bulwark.deps.manifest.Dependency;
import dev.bulwark.deps.manifest.ManifestProblem;
import dev.bulwark.deps.manifest.SkippedEntry;
import dev.bulwark.deps.manifest.SourceLocation;
import dev.bulwark.deps.store.StoreMeta;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Bulwark's own JSON for the dependency audit, {@value #SCHEMA_VERSION}: every field always present
 * ({@code null} when absent), in a fixed order. The minor version grows when fields are added, the
 * major one when a field is removed or changes meaning.
 */
final class JsonWriter implements DepsReportWriter {

  static final String SCHEMA_VERSION = "deps-1.0";

  @Override
  public void write(DepsReport report, Writer out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("schema_version", SCHEMA_VERSION);
    g.writeObjectFieldStart("tool");
    g.writeStringField("name", "bulwark");
    g.writeStringField("version", report.toolVersion());
    g.writeEndObject();
    writeDatabase(g, report);
    g.writeStringField("environment", report.environment());
    g.writeArrayFieldStart("manifests");
    for (Path p : report.manifests()) {
      g.writeString(report.displayPath(p));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("packages");
    for (PackageResult p : report.packages()) {
      writePackage(g, report, p);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("ignored");
    for (DepsReport.IgnoredFinding i : report.ignored()) {
      g.writeStartObject();
      g.writeStringField("package", i.pkg().dependency().name());
      g.writeStringField("version", i.pkg().dependency().version().orElse(null));
      g.writeStringField("id", i.finding().id());
      writeStrings(g, "aliases", i.finding().aliases());
      g.writeStringField("reason", i.reason());
      writeSource(g, report, "source", i.pkg().dependency().source());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("skipped");
    for (SkippedEntry e : report.skipped()) {
      g.writeStartObject();
      g.writeStringField("entry", e.what());
      g.writeStringField("reason", e.reason());
      writeSource(g, report, "source", e.source());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("problems");
    for (ManifestProblem p : report.problems()) {
      g.writeStartObject();
      writeSource(g, report, "source", p.source());
      g.writeStringField("message", p.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    DepsReport.Summary s = report.summary();
    g.writeObjectFieldStart("summary");
    g.writeNumberField("packages_audited", s.audited());
    g.writeNumberField("not_applicable", s.notApplicable());
    g.writeNumberField("vulnerabilities", s.vulnerabilities());
    g.writeNumberField("potential", s.potential());
    g.writeNumberField("ignored", s.ignored());
    g.writeNumberField("skipped", s.skipped());
    g.writeNumberField("problems", s.problems());
    g.writeEndObject();
    g.writeEndObject();
    g.flush();
    out.write('\n');
  }

  private static void writeDatabase(JsonGenerator g, DepsReport report) throws IOException {
    StoreMeta m = report.database();
    g.writeObjectFieldStart("database");
    g.writeStringField("date", report.databaseDate());
    g.writeStringField("source", m == null ? null : m.source());
    g.writeStringField("imported_at", m == null ? null : m.importedAt());
    g.writeStringField("fetched_at", m == null ? null : m.fetchedAt());
    g.writeStringField("newest_modified", m == null ? null : m.newestModified());
    if (m == null) {
      g.writeNullField("records");
    } else {
      g.writeNumberField("records", m.records());
    }
    g.writeEndObject();
  }

  private static void writePackage(JsonGenerator g, DepsReport report, PackageResult p) throws IOException {
    Dependency d = p.dependency();
    g.writeStartObject();
    g.writeStringField("package", d.name());
    g.writeStringField("canonical_name", p.name());
    g.writeStringField("version", d.version().orElse(null));
    g.writeStringField("specifier", d.specifier());
    g.writeStringField("marker", d.marker().orElse(null));
    g.writeStringField("scope", d.scope());
    writeSource(g, report, "source", d.source());
    g.writeStringField("status", p.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    g.writeStringField("note", p.note().isEmpty() ? null : p.note());
    g.writeStringField("recommended_version", p.recommended().orElse(null));
    g.writeArrayFieldStart("vulnerabilities");
    for (Finding f : p.findings()) {
      g.writeStartObject();
      g.writeStringField("id", f.id());
      writeStrings(g, "aliases", f.aliases());
      writeStrings(g, "advisories", f.advisories());
      g.writeBooleanField("potential", f.potential());
      g.writeStringField("summary", f.summary());
      writeSeverity(g, f.severity());
      writeStrings(g, "fixed_in", f.fixedIn());
      g.writeStringField("minimal_fix", f.minimalFix().orElse(null));
      g.writeArrayFieldStart("references");
      for (var r : f.references()) {
        g.writeString(r.url());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeSeverity(JsonGenerator g, SeverityRating rating) throws IOException {
    g.writeObjectFieldStart("severity");
    g.writeStringField("level", rating.severity().label());
    Optional<Double> score = rating.score().map(s -> s.baseScore());
    if (score.isPresent()) {
      g.writeNumberField("score", score.get());
    } else {
      g.writeNullField("score");
    }
    g.writeStringField("vector", rating.score().map(s -> s.vector()).orElse(null));
    g.writeEndObject();
  }

  private static void writeSource(JsonGenerator g, DepsReport report, String field, SourceLocation source)
      throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("file", report.displayPath(source.file()));
    if (source.line() > 0) {
      g.writeNumberField("line", source.line());
    } else {
      g.writeNullField("line");
    }
    g.writeEndObject();
  }

  private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
