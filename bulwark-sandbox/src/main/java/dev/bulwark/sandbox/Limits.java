package dev.bulwark.sandbox;

import java.time.Duration;

/**
 * The resource limits of one run.
 *
 * @param timeout wall-clock time after which the whole run is killed (CPU time is capped one second later)
 * @param memoryBytes memory of the run (cgroup) or private writable memory of each process (RLIMIT_DATA)
 * @param processes processes and threads the guest may have at once
 * @param workDirBytes size of the tmpfs work directory
 * @param tmpBytes size of the tmpfs {@code /tmp} (and {@code /dev/shm})
 * @param fileBytes largest file the guest may write
 * @param openFiles open descriptors per process
 * @param outputBytes bytes kept of each of stdout and stderr; the rest is counted and dropped
 */
public record Limits(Duration timeout, long memoryBytes, int processes, long workDirBytes, long tmpBytes,
    long fileBytes, int openFiles, long outputBytes) {

  private static final long MIB = 1024L * 1024;

  public Limits {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    if (memoryBytes < 16 * MIB) {
      throw new IllegalArgumentException("memory limit must be at least 16 MiB");
    }
    if (processes < 1 || openFiles < 16 || workDirBytes < 4096 || tmpBytes < 4096 || fileBytes < 1
        || outputBytes < 0) {
      throw new IllegalArgumentException("limits out of range");
    }
  }

  /** The defaults of the design notes: 10 s, 256 MiB, 64 processes, 64 MiB dirs, 32 MiB files, 256 fds, 1 MiB output. */
  public static Limits defaults() {
    return new Limits(Duration.ofSeconds(10), 256 * MIB, 64, 64 * MIB, 64 * MIB, 32 * MIB, 256, MIB);
  }

  public Limits withTimeout(Duration value) {
    return new Limits(value, memoryBytes, processes, workDirBytes, tmpBytes, fileBytes, openFiles, outputBytes);
  }

  public Limits withMemoryBytes(long value) {
    return new Limits(timeout, value, processes, workDirBytes, tmpBytes, fileBytes, openFiles, outputBytes);
  }

  public Limits withProcesses(int value) {
    return new Limits(timeout, memoryBytes, value, workDirBytes, tmpBytes, fileBytes, openFiles, outputBytes);
  }

  public Limits withWorkDirBytes(long value) {
    return new Limits(timeout, memoryBytes, processes, value, tmpBytes, fileBytes, openFiles, outputBytes);
  }

  public Limits withTmpBytes(long value) {
    return new Limits(timeout, memoryBytes, processes, workDirBytes, value, fileBytes, openFiles, outputBytes);
  }

  public Limits withFileBytes(long value) {
    return new Limits(timeout, memoryBytes, processes, workDirBytes, tmpBytes, value, openFiles, outputBytes);
  }

  public Limits withOpenFiles(int value) {
    return new Limits(timeout, memoryBytes, processes, workDirBytes, tmpBytes, fileBytes, value, outputBytes);
  }

  public Limits withOutputBytes(long value) {
    return new Limits(timeout, memoryBytes, processes, workDirBytes, tmpBytes, fileBytes, openFiles, value);
  }
}
