package dev.bulwark.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Runs every case of a containment suite through {@link Sandbox#run} and writes one JSON report per
 * case. {@link ContainmentTest} starts it in a child JVM, as root and as an unprivileged user, with a
 * secret in its environment, and judges the reports and the host afterwards.
 *
 * <p>Arguments: CASES_DIR RESULTS_DIR PYTHON MARKER.
 */
public final class ContainmentRunner {

  /** The limits of every case: short and small, so that the bombs end quickly (timeouts: see {@link #timeout}). */
  static Limits limits() {
    return Limits.defaults().withTimeout(Duration.ofSeconds(2)).withMemoryBytes(128L << 20).withProcesses(32)
        .withWorkDirBytes(8L << 20).withTmpBytes(8L << 20).withFileBytes(4L << 20).withOpenFiles(64)
        .withOutputBytes(64L << 10);
  }

  /** Cases that run into the wall clock. */
  private static final java.util.Set<String> TIMED = java.util.Set.of("hostile_sleep", "hostile_cpu_spin",
      "hostile_fork_bomb", "hostile_stdout_flood", "hostile_thread_bomb");

  /**
   * Two seconds for the cases meant to hit the wall clock; the others get room to finish on a busy
   * machine, and the memory bomb more, for the kernel's reclaim before its OOM killer acts.
   */
  static Duration timeout(String name) {
    return TIMED.contains(name) ? Duration.ofSeconds(2)
        : name.equals("hostile_memory_bomb") ? Duration.ofSeconds(8) : Duration.ofSeconds(6);
  }

  private ContainmentRunner() {}

  public static void main(String[] args) throws Exception {
    Path cases = Path.of(args[0]);
    Path results = Path.of(args[1]);
    Path python = Path.of(args[2]);
    String marker = args[3];
    List<Path> scripts;
    try (Stream<Path> s = Files.list(cases)) {
      scripts = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    List<Future<?>> futures = new ArrayList<>();
    for (Path script : scripts) {
      futures.add(pool.submit(() -> {
        runOne(script, cases, results, python, marker);
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
  }

  private static void runOne(Path script, Path cases, Path results, Path python, String marker) throws IOException {
    String name = script.getFileName().toString().replace(".py", "");
    Path out = results.resolve("out-" + name);
    Files.createDirectories(out);
    SandboxRequest request = SandboxRequest.of(script).withPython(python).withArgs(List.of(marker))
        .withLimits(limits().withTimeout(timeout(name)))
        .withTrace(true).withOutputDir(out)
        .withInputs(name.equals("benign_read_input") ? List.of(cases.resolve("data.txt")) : List.of());
    String json;
    try {
      json = SandboxReport.json(Sandbox.run(request));
    } catch (SandboxUnavailableException | IOException | RuntimeException e) {
      json = "{\"status\": \"exception\", \"message\": \"" + e.toString().replace("\"", "'") + "\"}";
    }
    Files.writeString(results.resolve(name + ".json"), json, StandardCharsets.UTF_8);
  }
}
