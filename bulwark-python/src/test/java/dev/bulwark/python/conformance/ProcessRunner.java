package dev.bulwark.python.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs an external command with a deadline; a missing program is an empty answer, not an error. */
final class ProcessRunner {

  /** What a finished command gave back. */
  record Result(int exitCode, String stdout, String stderr) {}

  private ProcessRunner() {}

  /**
   * Runs {@code command} with {@code extraEnv} added to this process's environment.
   *
   * @param stderrLog where stderr goes; null to capture it in the result
   * @return empty when the program does not exist or did not finish in time
   */
  static Optional<Result> run(
      List<String> command, Map<String, String> extraEnv, long timeoutSeconds, Path stderrLog) {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(extraEnv);
    pb.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    if (stderrLog != null) {
      pb.redirectError(stderrLog.toFile());
    }
    Process process;
    try {
      process = pb.start();
    } catch (IOException notThere) {
      return Optional.empty();
    }
    // Drain both pipes while waiting: a full pipe would stall the child forever.
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> slurp(process.getInputStream()));
    CompletableFuture<String> err =
        stderrLog == null
            ? CompletableFuture.supplyAsync(() -> slurp(process.getErrorStream()))
            : CompletableFuture.completedFuture("");
    try {
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Optional.empty();
      }
      return Optional.of(new Result(process.exitValue(), out.join(), err.join()));
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static String slurp(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
