package dev.bulwark.report.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings a project has accepted for now, so that a scan reports only new ones. Stored as JSON:
 *
 * <pre>{@code
 * {
 *   "format": "bulwark-baseline",
 *   "version": 1,
 *   "findings": [
 *     {"fingerprint": "3f0c...", "rule": "BW602", "path": "src/app.py", "line": 12, "message": "..."}
 *   ]
 * }
 * }</pre>
 *
 * Only {@code fingerprint} is used to match (see {@link Fingerprint}); the other fields are there for
 * people reading the file and are not checked. Entries are sorted by path, line and rule, so the file
 * diffs well under version control.
 */
public final class Baseline {

  /** The value of {@code "format"}. */
  public static final String FORMAT = "bulwark-baseline";
  /** The only version written and read so far. */
  public static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One accepted finding. */
  public record Entry(String fingerprint, String ruleId, String path, int line, String message) {}

  private final List<Entry> entries;
  private final Set<String> fingerprints;

  private Baseline(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    Set<String> set = new HashSet<>();
    for (Entry e : entries) {
      set.add(e.fingerprint());
    }
    this.fingerprints = Set.copyOf(set);
  }

  public static Baseline of(List<Entry> entries) {
    return new Baseline(entries);
  }

  /** Whether a finding with this fingerprint was accepted. Safe to call from many threads. */
  public boolean contains(String fingerprint) {
    return fingerprints.contains(fingerprint);
  }

  public List<Entry> entries() {
    return entries;
  }

  /** Reads a baseline, with a one-line message saying exactly what is wrong when it cannot. */
  public static Baseline read(Path file) throws BaselineException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BaselineException("baseline " + file + " does not exist (write one with --write-baseline)", e);
    } catch (AccessDeniedException e) {
      throw new BaselineException("cannot read baseline " + file + ": permission denied", e);
    } catch (IOException e) {
      throw new BaselineException("cannot read baseline " + file + ": " + e.getMessage(), e);
    }
    JsonNode root;
    try {
      root = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      throw new BaselineException(corrupt(file, (line > 0 ? "line " + line + ": " : "") + "not valid JSON: "
          + e.getOriginalMessage()), e);
    }
    if (root == null || !root.isObject()) {
      throw new BaselineException(corrupt(file, "expected a JSON object"));
    }
    if (!FORMAT.equals(root.path("format").asText(null))) {
      throw new BaselineException(corrupt(file, "\"format\" is not \"" + FORMAT + "\""));
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isInt()) {
      throw new BaselineException(corrupt(file, "\"version\" is missing or not a number"));
    }
    if (version.intValue() != VERSION) {
      throw new BaselineException("baseline " + file + " has version " + version.intValue()
          + "; this Bulwark reads version " + VERSION);
    }
    JsonNode findings = root.get("findings");
    if (findings == null || !findings.isArray()) {
      throw new BaselineException(corrupt(file, "\"findings\" is missing or not a list"));
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      JsonNode f = findings.get(i);
      JsonNode fingerprint = f.get("fingerprint");
      if (fingerprint == null || !fingerprint.isTextual() || fingerprint.asText().isEmpty()) {
        throw new BaselineException(corrupt(file, "finding " + (i + 1) + " has no \"fingerprint\""));
      }
      entries.add(new Entry(fingerprint.asText(), f.path("rule").asText(""), f.path("path").asText(""),
          f.path("line").asInt(0), f.path("message").asText("")));
    }
    return new Baseline(entries);
  }

  /** Writes the entries (sorted) to {@code file}, replacing it whole or not at all. */
  public static void write(Path file, List<Entry> entries) throws IOException {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(Entry::path).thenComparingInt(Entry::line).thenComparing(Entry::ruleId)
        .thenComparing(Entry::fingerprint));
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    ArrayNode list = root.putArray("findings");
    for (Entry e : sorted) {
      ObjectNode o = list.addObject();
      o.put("fingerprint", e.fingerprint());
      o.put("rule", e.ruleId());
      o.put("path", e.path());
      o.put("line", e.line());
      o.put("message", e.message());
    }
    Path absolute = file.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
    try {
      Files.writeString(temp, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static String corrupt(Path file, String why) {
    return "baseline " + file + " is not a Bulwark baseline: " + why;
  }
}
