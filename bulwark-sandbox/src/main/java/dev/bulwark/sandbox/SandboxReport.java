package dev.bulwark.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Renders a {@link SandboxResult} as JSON or as text for a person. */
public final class SandboxReport {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SandboxReport() {}

  /** The result as a JSON object (stdout and stderr as UTF-8 text, invalid bytes replaced). */
  public static ObjectNode tree(SandboxResult r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("status", r.status().id());
    root.put("exit_code", r.exitCode());
    root.put("signal", r.signal());
    root.put("wall_ms", r.wallMillis());
    root.put("cpu_ms", r.cpuMillis() < 0 ? null : r.cpuMillis());
    root.put("peak_memory_bytes", r.peakMemoryBytes() < 0 ? null : r.peakMemoryBytes());
    root.put("message", r.message());
    root.set("stdout", stream(r.stdout(), r.stdoutBytes()));
    root.set("stderr", stream(r.stderr(), r.stderrBytes()));
    ObjectNode files = root.putObject("files");
    ArrayNode returned = files.putArray("returned");
    r.returnedFiles().forEach(returned::add);
    ArrayNode dropped = files.putArray("dropped");
    for (SandboxResult.DroppedFile d : r.droppedFiles()) {
      dropped.addObject().put("path", d.path()).put("reason", d.reason());
    }
    ArrayNode layers = root.putArray("layers");
    r.layers().forEach(layers::add);
    ArrayNode limits = root.putArray("limits");
    for (SandboxResult.LimitInForce l : r.limits()) {
      limits.addObject().put("name", l.name()).put("value", l.value()).put("mechanism", l.mechanism());
    }
    if (!r.trace().isEmpty()) {
      ObjectNode trace = root.putObject("trace");
      trace.put("note", "self-reported by the guest through PEP 578 audit hooks; evidence, not a boundary");
      ArrayNode events = trace.putArray("events");
      for (String line : r.trace()) {
        events.add(event(line));
      }
    }
    return root;
  }

  private static JsonNode event(String line) {
    try {
      JsonNode node = JSON.readTree(line);
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (JsonProcessingException ignored) { // the guest may have written anything on its descriptor
    }
    return JSON.getNodeFactory().textNode(line);
  }

  private static ObjectNode stream(byte[] kept, long total) {
    ObjectNode node = JSON.createObjectNode();
    node.put("text", new String(kept, StandardCharsets.UTF_8));
    node.put("bytes", total);
    node.put("truncated", total > kept.length);
    return node;
  }

  /** The JSON report, pretty-printed. */
  public static String json(SandboxResult r) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(r));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The report for a terminal: outcome, resources, files, layers and limits (the guest's output is
   * printed separately, or streamed).
   */
  public static String text(SandboxResult r) {
    StringBuilder s = new StringBuilder();
    s.append("status: ").append(r.status().id());
    if (r.exitCode() != null) {
      s.append(" (exit code ").append(r.exitCode()).append(')');
    } else if (r.signal() != null) {
      s.append(" (signal ").append(r.signal()).append(')');
    }
    s.append('\n');
    if (!r.message().isEmpty()) {
      s.append("note: ").append(r.message()).append('\n');
    }
    s.append(String.format(Locale.ROOT, "time: %d ms wall, %s CPU; peak memory: %s%n", r.wallMillis(),
        r.cpuMillis() < 0 ? "unmeasured" : r.cpuMillis() + " ms",
        r.peakMemoryBytes() < 0 ? "unmeasured" : mib(r.peakMemoryBytes())));
    s.append(String.format(Locale.ROOT, "output: stdout %d bytes%s, stderr %d bytes%s%n", r.stdoutBytes(),
        r.stdoutTruncated() ? " (truncated)" : "", r.stderrBytes(), r.stderrTruncated() ? " (truncated)" : ""));
    s.append("files returned: ").append(r.returnedFiles().isEmpty() ? "none" : String.join(", ", r.returnedFiles()))
        .append('\n');
    for (SandboxResult.DroppedFile d : r.droppedFiles()) {
      s.append("file dropped: ").append(d.path()).append(" (").append(d.reason()).append(")\n");
    }
    s.append("layers:\n");
    r.layers().forEach(l -> s.append("  - ").append(l).append('\n'));
    s.append("limits:\n");
    for (SandboxResult.LimitInForce l : r.limits()) {
      s.append("  - ").append(l.name()).append(' ').append(l.value()).append(" (").append(l.mechanism())
          .append(")\n");
    }
    if (!r.trace().isEmpty()) {
      s.append("behaviour log (self-reported by the guest, not a boundary):\n");
      r.trace().forEach(t -> s.append("  ").append(t).append('\n'));
    }
    return s.toString();
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
  }
}
