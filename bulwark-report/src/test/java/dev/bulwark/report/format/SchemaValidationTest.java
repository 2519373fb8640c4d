package dev.bulwark.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Finding;
import dev.bulwark.report.Location;
import dev.bulwark.report.ReportEntry;
import dev.bulwark.report.ScanDiagnostic;
import dev.bulwark.report.ScanReport;
import dev.bulwark.report.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SARIF output must satisfy the official SARIF 2.1.0 schema (a draft-04 schema), and JSON output
 * our own schema (draft 2020-12), for the sample and for the edge cases.
 */
class SchemaValidationTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Schema SARIF = load("/sarif/sarif-schema-2.1.0.json", SpecificationVersion.DRAFT_4);
  private static final Schema BULWARK = load(JsonReportWriter.SCHEMA_RESOURCE, SpecificationVersion.DRAFT_2020_12);

  static Stream<ScanReport> reports() {
    Finding odd = new Finding("BW1", "odd", "no position \u0000 at all", Severity.CRITICAL, Confidence.LOW,
        List.of(), new Location("/elsewhere/x y#%.py", 0, 0, 0, 0), null);
    Finding backwards = new Finding("BW2", "backwards", "end before start", Severity.LOW, Confidence.HIGH,
        List.of(20), new Location("C:\\code\\a.py", 4, 10, 2, 0), "");
    ScanReport edgy = ScanReport.builder(Samples.TOOL)
        .roots(List.of())
        .filesScanned(2)
        .entry(ReportEntry.of(odd))
        .entry(ReportEntry.of(backwards))
        .diagnostic(new ScanDiagnostic("broken.py", 0, "internal error: boom", ScanDiagnostic.Kind.INTERNAL_ERROR))
        .build();
    return Stream.of(Samples.sample(), Samples.empty(), edgy);
  }

  @ParameterizedTest
  @MethodSource("reports")
  void sarifOutputIsValidSarif210(ScanReport report) throws IOException {
    JsonNode sarif = MAPPER.readTree(Samples.write("sarif", report));
    assertThat(errors(SARIF, sarif)).isEmpty();
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
  }

  @ParameterizedTest
  @MethodSource("reports")
  void jsonOutputIsValidAgainstItsSchema(ScanReport report) throws IOException {
    JsonNode json = MAPPER.readTree(Samples.write("json", report));
    assertThat(errors(BULWARK, json)).isEmpty();
    assertThat(json.path("schema_version").asText()).isEqualTo(JsonReportWriter.SCHEMA_VERSION);
  }

  @Test
  void theValidatorsRejectBrokenDocuments() throws IOException {
    ObjectNode sarif = (ObjectNode) MAPPER.readTree(Samples.write("sarif", Samples.sample()));
    ((ObjectNode) sarif.path("runs").path(0).path("results").path(0)).put("level", "fatal");
    assertThat(errors(SARIF, sarif)).isNotEmpty();

    ObjectNode json = (ObjectNode) MAPPER.readTree(Samples.write("json", Samples.sample()));
    ((ObjectNode) json.path("findings").path(0)).remove("fingerprint");
    assertThat(errors(BULWARK, json)).isNotEmpty();
  }

  @Test
  void edgeCasesKeepSarifConsistent() throws IOException {
    JsonNode run = MAPPER.readTree(Samples.write("sarif", reports().toList().get(2))).path("runs").path(0);
    assertThat(run.path("invocations").path(0).path("executionSuccessful").asBoolean()).isFalse();
    assertThat(run.has("originalUriBaseIds")).as("no base directory, no %SRCROOT% value").isFalse();
    JsonNode first = run.path("results").path(0).path("locations").path(0).path("physicalLocation");
    assertThat(first.path("artifactLocation").path("uri").asText()).isEqualTo("file:///elsewhere/x%20y%23%25.py");
    assertThat(first.has("region")).as("line 0: no region").isFalse();
    JsonNode second = run.path("results").path(1).path("locations").path(0).path("physicalLocation");
    assertThat(second.path("region").has("endLine")).as("an end before the start is dropped").isFalse();
  }

  private static List<Error> errors(Schema schema, JsonNode node) {
    return schema.validate(node);
  }

  private static Schema load(String resource, SpecificationVersion version) {
    try (InputStream in = SchemaValidationTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return SchemaRegistry.withDefaultDialect(version).getSchema(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

}
