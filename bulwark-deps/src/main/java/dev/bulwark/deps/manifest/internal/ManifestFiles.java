package dev.bulwark.deps.manifest.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Reading and parsing manifest files, every failure turned into a problem on the collector instead of an exception. */
public final class ManifestFiles {

  private static final TomlMapper TOML = new TomlMapper();
  private static final ObjectMapper JSON = new ObjectMapper();

  private ManifestFiles() {}

  /** The file's text (UTF-8, a BOM dropped), or empty after a problem is recorded. */
  public static Optional<String> text(Collector out) {
    try {
      byte[] bytes = Files.readAllBytes(out.file());
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      out.problem("cannot read: not UTF-8 text", 0);
    } catch (NoSuchFileException e) {
      out.problem("cannot read: no such file", 0);
    } catch (AccessDeniedException e) {
      out.problem("cannot read: permission denied", 0);
    } catch (IOException e) {
      out.problem("cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), 0);
    }
    return Optional.empty();
  }

  /** The TOML tree of {@code text}, or empty after an "invalid TOML" problem at the error's line. */
  public static Optional<JsonNode> toml(String text, Collector out) {
    return parse(TOML, text, "TOML", out);
  }

  /** The JSON tree of {@code text}, or empty after an "invalid JSON" problem at the error's line. */
  public static Optional<JsonNode> json(String text, Collector out) {
    return parse(JSON, text, "JSON", out);
  }

  private static Optional<JsonNode> parse(ObjectMapper mapper, String text, String kind, Collector out) {
    try {
      JsonNode root = mapper.readTree(text);
      if (root == null || !root.isObject()) {
        out.problem("invalid " + kind + ": the document is not a table", 1);
        return Optional.empty();
      }
      return Optional.of(root);
    } catch (JacksonException e) {
      JsonLocation where = e.getLocation();
      String message = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
      int newline = message.indexOf('\n');
      out.problem("invalid " + kind + ": " + (newline < 0 ? message : message.substring(0, newline)),
          where == null ? 0 : Math.max(where.getLineNr(), 0));
      return Optional.empty();
    } catch (RuntimeException e) { // the TOML parser has thrown more than JacksonException on odd input
      out.problem("invalid " + kind + ": " + e.getClass().getSimpleName(), 0);
      return Optional.empty();
    }
  }

  /** A text field, or null when absent or not text. */
  public static String string(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.isTextual() ? v.asText() : null;
  }

  /** PEP 503: lower case, every run of {@code -_.} one {@code -}. */
  public static String canonical(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
  }
}
