package dev.bulwark.deps.advisory;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.List;

/**
 * Reads OSV records from JSON or YAML and writes them as JSON. YAML goes through Jackson's YAML
 * parser, which reports every scalar with its source text: an unquoted timestamp stays the text
 * written in the file (no date objects), and an unquoted {@code 1.10} read into a string field is
 * {@code "1.10"}, not the float 1.1.
 */
public final class OsvParser {

  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, false);
  private static final ObjectMapper YAML = YAMLMapper.builder()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .build();
  private static final ObjectReader JSON_READER = JSON.readerFor(OsvRecord.class);
  private static final ObjectReader YAML_READER = YAML.readerFor(OsvRecord.class);
  private static final ObjectWriter WRITER = JSON.writerFor(OsvRecord.class);

  private OsvParser() {}

  /** Parses one OSV JSON record; the message of the exception says where and what. */
  public static OsvRecord parseJson(byte[] bytes) throws OsvFormatException {
    return parse(JSON_READER, bytes, "JSON");
  }

  /** Parses one OSV YAML record (the PyPA advisory database format). */
  public static OsvRecord parseYaml(byte[] bytes) throws OsvFormatException {
    return parse(YAML_READER, bytes, "YAML");
  }

  /** Parses and validates: the record is returned only if {@link OsvValidator} finds nothing wrong. */
  public static OsvRecord parseValid(byte[] bytes, boolean yaml) throws OsvFormatException {
    OsvRecord record = yaml ? parseYaml(bytes) : parseJson(bytes);
    List<String> problems = OsvValidator.problems(record);
    if (!problems.isEmpty()) {
      String id = record.id() == null ? "record" : record.id();
      throw new OsvFormatException(id + ": " + String.join("; ", problems));
    }
    return record;
  }

  /** Compact JSON of a record, as the store keeps it. */
  public static byte[] toJson(OsvRecord record) {
    try {
      return WRITER.writeValueAsBytes(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an OSV record could not be written as JSON", e);
    }
  }

  /** The shared JSON mapper settings, for store files that are not records. */
  public static ObjectMapper jsonMapper() {
    return JSON;
  }

  private static OsvRecord parse(ObjectReader reader, byte[] bytes, String format) throws OsvFormatException {
    try {
      OsvRecord record = reader.readValue(bytes);
      if (record == null) {
        throw new OsvFormatException("empty " + format + " document");
      }
      return record;
    } catch (JsonMappingException e) {
      // a document cut short surfaces as a mapping error, but it is a syntax problem
      boolean truncated = String.valueOf(e.getOriginalMessage()).contains("end-of-input");
      throw new OsvFormatException((truncated ? "invalid " + format + ": " : "not an OSV record: ") + describe(e));
    } catch (JacksonException e) {
      throw new OsvFormatException("invalid " + format + ": " + describe(e));
    } catch (IOException e) {
      throw new OsvFormatException("unreadable " + format + ": " + e.getMessage());
    }
  }

  /** Jackson's message without its source dump, plus the line and column. */
  private static String describe(JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    int cut = message.indexOf('\n');
    if (cut >= 0) {
      message = message.substring(0, cut);
    }
    message = message.replaceAll("\\s*\\(start marker at \\[.*?\\]\\)", "");
    if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
      message += " (at " + jme.getPathReference().replace("dev.bulwark.deps.advisory.", "") + ")";
    }
    if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
      message += " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
    return message;
  }
}
