package dev.bulwark.deps.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.bulwark.deps.audit.Finding;
import dev.bulwark.deps.audit.PackageResult;
import dev.bulwark.deps.cvss.CvssScore;
import dev.bulwark.deps.manifest.Dependency;
import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * CycloneDX 1.6 JSON: one component per distinct package and version (purl {@code pkg:pypi/name@version}),
 * one vulnerability per advisory (alias group) with its ratings, fix advice and the components it
 * affects. Unpinned requirements are components without a version; their potential findings are
 * marked with a property. The serial number is derived from the content, so the same audit gives
 * the same document.
 */
final class CycloneDxWriter implements DepsReportWriter {

  @Override
  public void write(DepsReport report, Writer out) throws IOException {
    Map<String, List<PackageResult>> components = new LinkedHashMap<>();
    for (PackageResult p : report.packages()) {
      components.computeIfAbsent(purl(p), k -> new ArrayList<>()).add(p);
    }
    Map<String, List<Rows.Row>> vulnerabilities = new LinkedHashMap<>();
    for (Rows.Row r : Rows.findings(report)) {
      vulnerabilities.computeIfAbsent(r.finding().id(), k -> new ArrayList<>()).add(r);
    }
    String identity = String.join("\n", components.keySet()) + "\n" + String.join("\n", vulnerabilities.keySet())
        + "\n" + report.databaseDate();

    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json");
    g.writeStringField("bomFormat", "CycloneDX");
    g.writeStringField("specVersion", "1.6");
    g.writeStringField("serialNumber", "urn:uuid:" + UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)));
    g.writeNumberField("version", 1);

    g.writeObjectFieldStart("metadata");
    g.writeStringField("timestamp", DateTimeFormatter.ISO_INSTANT.format(report.createdAt().truncatedTo(ChronoUnit.SECONDS)));
    g.writeObjectFieldStart("tools");
    g.writeArrayFieldStart("components");
    g.writeStartObject();
    g.writeStringField("type", "application");
    g.writeStringField("name", "bulwark");
    g.writeStringField("version", report.toolVersion());
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.writeArrayFieldStart("properties");
    property(g, "bulwark:advisory-database:date", report.databaseDate());
    if (report.database() != null) {
      property(g, "bulwark:advisory-database:source", report.database().source());
      property(g, "bulwark:advisory-database:records", String.valueOf(report.database().records()));
    }
    property(g, "bulwark:environment", report.environment());
    g.writeEndArray();
    g.writeEndObject();

    g.writeArrayFieldStart("components");
    for (Map.Entry<String, List<PackageResult>> c : components.entrySet()) {
      PackageResult first = c.getValue().get(0);
      Dependency d = first.dependency();
      g.writeStartObject();
      g.writeStringField("type", "library");
      g.writeStringField("bom-ref", c.getKey());
      g.writeStringField("name", first.name());
      if (d.version().isPresent()) {
        g.writeStringField("version", d.version().get());
      }
      g.writeStringField("scope", c.getValue().stream().anyMatch(p -> isRequired(p.dependency())) ? "required" : "optional");
      g.writeStringField("purl", c.getKey());
      g.writeArrayFieldStart("properties");
      for (PackageResult p : c.getValue()) {
        property(g, "bulwark:source", report.display(p.dependency().source()));
        property(g, "bulwark:scope", p.dependency().scope());
        if (!p.dependency().specifier().isEmpty() && p.dependency().version().isEmpty()) {
          property(g, "bulwark:specifier", p.dependency().specifier());
        }
        if (p.dependency().marker().isPresent()) {
          property(g, "bulwark:marker", p.dependency().marker().get());
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("vulnerabilities");
    for (Map.Entry<String, List<Rows.Row>> v : vulnerabilities.entrySet()) {
      writeVulnerability(g, v.getKey(), v.getValue());
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.write('\n');
  }

  private static void writeVulnerability(JsonGenerator g, String id, List<Rows.Row> rows) throws IOException {
    Finding f = rows.get(0).finding();
    g.writeStartObject();
    g.writeStringField("bom-ref", "vuln:" + id);
    g.writeStringField("id", id);
    g.writeObjectFieldStart("source");
    g.writeStringField("name", source(id));
    g.writeStringField("url", "https://osv.dev/vulnerability/" + id);
    g.writeEndObject();
    List<String> others = Rows.otherIds(f);
    if (!others.isEmpty()) {
      g.writeArrayFieldStart("references");
      for (String a : others) {
        g.writeStartObject();
        g.writeStringField("id", a);
        g.writeObjectFieldStart("source");
        g.writeStringField("name", source(a));
        g.writeStringField("url", "https://osv.dev/vulnerability/" + a);
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("ratings");
    g.writeStartObject();
    if (f.severity().score().isPresent()) {
      CvssScore s = f.severity().score().get();
      g.writeNumberField("score", s.baseScore());
      g.writeStringField("severity", s.severity().label());
      g.writeStringField("method", s.version().equals("3.1") ? "CVSSv31" : "CVSSv3");
      g.writeStringField("vector", s.vector());
    } else {
      g.writeStringField("severity", "unknown");
    }
    g.writeEndObject();
    g.writeEndArray();
    if (!f.summary().isEmpty()) {
      g.writeStringField("description", f.summary());
    }
    String recommendation = f.fixedIn().isEmpty() ? "No fixed version is known."
        : "Upgrade to " + f.minimalFix().orElse(rows.get(0).pkg().recommended().orElse(f.fixedIn().get(0)))
            + " or later (fixed in " + String.join(", ", f.fixedIn()) + ").";
    g.writeStringField("recommendation", recommendation);
    if (!f.references().isEmpty()) {
      g.writeArrayFieldStart("advisories");
      for (var r : f.references()) {
        g.writeStartObject();
        g.writeStringField("url", r.url());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("affects");
    List<String> seen = new ArrayList<>();
    for (Rows.Row r : rows) {
      String ref = purl(r.pkg());
      if (seen.contains(ref)) {
        continue;
      }
      seen.add(ref);
      g.writeStartObject();
      g.writeStringField("ref", ref);
      if (r.pkg().dependency().version().isPresent()) {
        g.writeArrayFieldStart("versions");
        g.writeStartObject();
        g.writeStringField("version", r.pkg().dependency().version().get());
        g.writeStringField("status", "affected");
        g.writeEndObject();
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    if (f.potential()) {
      g.writeArrayFieldStart("properties");
      property(g, "bulwark:potential", "true");
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** {@code pkg:pypi/name@version}: the PEP 503 name, the version percent-encoded. */
  static String purl(PackageResult p) {
    String base = "pkg:pypi/" + p.name();
    return p.dependency().version()
        .map(v -> base + "@" + URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20"))
        .orElse(base);
  }

  private static boolean isRequired(Dependency d) {
    return d.scope().equals(Dependency.MAIN_SCOPE) || d.scope().equals("installed");
  }

  private static String source(String id) {
    if (id.startsWith("GHSA-")) {
      return "GitHub";
    }
    if (id.startsWith("CVE-")) {
      return "NVD";
    }
    if (id.startsWith("PYSEC-")) {
      return "PyPA";
    }
    return "OSV";
  }

  private static void property(JsonGenerator g, String name, String value) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", name);
    g.writeStringField("value", value);
    g.writeEndObject();
  }
}
