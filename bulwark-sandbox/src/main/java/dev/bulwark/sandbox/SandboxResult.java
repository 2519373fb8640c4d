package dev.bulwark.sandbox;

import java.util.List;

/**
 * What happened in one run, as seen from the host (except {@link #trace}, which the guest reports itself).
 *
 * @param status how the run ended
 * @param exitCode the script's exit status, or null when it was killed by a signal or never ran
 * @param signal the signal that killed it, or null
 * @param wallMillis wall-clock time of the whole run, sandbox set-up included
 * @param cpuMillis CPU time of the guest's processes, or -1 when not measured
 * @param peakMemoryBytes peak memory of the run (cgroup), or -1 when not measured
 * @param stdout the guest's standard output, cut at the output cap
 * @param stderr the guest's standard error, cut at the output cap
 * @param stdoutBytes how many bytes the guest wrote to stdout in all
 * @param stderrBytes how many bytes the guest wrote to stderr in all
 * @param returnedFiles files copied to the output directory, relative to it
 * @param droppedFiles files of the work directory that were not returned, and why
 * @param layers the confinement layers in force, weakest mode named
 * @param limits each limit and the mechanism that held it
 * @param trace the guest's self-reported behaviour log (empty unless asked for)
 * @param message a note on the outcome (why the sandbox failed, which limit was hit), or empty
 */
public record SandboxResult(Status status, Integer exitCode, Integer signal, long wallMillis, long cpuMillis,
    long peakMemoryBytes, byte[] stdout, byte[] stderr, long stdoutBytes, long stderrBytes, List<String> returnedFiles,
    List<DroppedFile> droppedFiles, List<String> layers, List<LimitInForce> limits, List<String> trace,
    String message) {

  public SandboxResult {
    returnedFiles = List.copyOf(returnedFiles);
    droppedFiles = List.copyOf(droppedFiles);
    layers = List.copyOf(layers);
    limits = List.copyOf(limits);
    trace = List.copyOf(trace);
  }

  public boolean stdoutTruncated() {
    return stdoutBytes > stdout.length;
  }

  public boolean stderrTruncated() {
    return stderrBytes > stderr.length;
  }

  /** A file of the work directory that was not returned. */
  public record DroppedFile(String path, String reason) {}

  /**
   * One limit as applied.
   *
   * @param name e.g. {@code memory}
   * @param value the amount, in the unit the name implies (bytes, seconds, count)
   * @param mechanism what enforces it: {@code cgroup-v1}, {@code cgroup-v2}, {@code rlimit}, {@code tmpfs},
   *     {@code timeout}, {@code host}
   */
  public record LimitInForce(String name, long value, String mechanism) {}
}
