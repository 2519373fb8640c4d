package dev.bulwark.sandbox.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A cgroup made for one run: the launcher's shell joins it before anything else starts, so every
 * process of the run is counted, limited and, at the end, killed. Version 2 where the caller's cgroup
 * is delegated to it (memory and pids controllers enabled for its children), version 1 where the host
 * mounts v1 hierarchies and we may write them (root).
 */
public final class Cgroup {

  private final String mechanism;
  /** The run's directories: one for v2, one per controller for v1. */
  private final List<Path> dirs;

  private Cgroup(String mechanism, List<Path> dirs) {
    this.mechanism = mechanism;
    this.dirs = dirs;
  }

  /** {@code cgroup-v1} or {@code cgroup-v2}. */
  public String mechanism() {
    return mechanism;
  }

  /** The {@code cgroup.procs} files the launcher writes its pid to. */
  public List<Path> procsFiles() {
    return dirs.stream().map(d -> d.resolve("cgroup.procs")).toList();
  }

  /**
   * Creates a cgroup with the given limits, or returns null when this host offers none we may use.
   * {@code pids} includes the sandbox's own processes.
   */
  public static Cgroup create(long memoryBytes, int pids) {
    String name = "bulwark-" + UUID.randomUUID();
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/self/cgroup"), StandardCharsets.UTF_8);
      String memory = null;
      String pidsPath = null;
      String cpuacct = null;
      String unified = null;
      for (String line : lines) {
        String[] parts = line.split(":", 3);
        if (parts.length < 3) {
          continue;
        }
        for (String controller : parts[1].split(",")) {
          switch (controller) {
            case "memory" -> memory = parts[2];
            case "pids" -> pidsPath = parts[2];
            case "cpuacct" -> cpuacct = parts[2];
            case "" -> unified = parts[0].equals("0") ? parts[2] : unified;
            default -> { }
          }
        }
      }
      Path root = Path.of("/sys/fs/cgroup");
      if (memory == null && pidsPath == null && unified != null) {
        Cgroup v2 = createV2(root.resolve(relative(unified)).resolve(name), memoryBytes, pids);
        if (v2 != null) {
          return v2;
        }
      }
      if (memory != null && pidsPath != null && cpuacct != null) {
        return createV1(List.of(root.resolve("memory").resolve(relative(memory)).resolve(name),
            root.resolve("pids").resolve(relative(pidsPath)).resolve(name),
            root.resolve("cpuacct").resolve(relative(cpuacct)).resolve(name)), memoryBytes, pids);
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return null;
  }

  private static String relative(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }

  private static Cgroup createV2(Path dir, long memoryBytes, int pids) {
    try {
      Files.createDirectory(dir);
    } catch (IOException e) {
      return null;
    }
    Cgroup group = new Cgroup("cgroup-v2", List.of(dir));
    try {
      write(dir.resolve("memory.max"), Long.toString(memoryBytes));
      if (Files.exists(dir.resolve("memory.swap.max"))) {
        write(dir.resolve("memory.swap.max"), "0");
      }
      write(dir.resolve("pids.max"), Integer.toString(pids));
      return group;
    } catch (IOException e) {
      group.destroy();
      return null;
    }
  }

  private static Cgroup createV1(List<Path> dirs, long memoryBytes, int pids) {
    List<Path> made = new ArrayList<>();
    Cgroup group = new Cgroup("cgroup-v1", made);
    try {
      for (Path dir : dirs) {
        Files.createDirectory(dir);
        made.add(dir);
      }
      write(dirs.get(0).resolve("memory.limit_in_bytes"), Long.toString(memoryBytes));
      Path memsw = dirs.get(0).resolve("memory.memsw.limit_in_bytes");
      if (Files.exists(memsw)) { // no swapping past the limit
        write(memsw, Long.toString(memoryBytes));
      }
      write(dirs.get(1).resolve("pids.max"), Integer.toString(pids));
      return group;
    } catch (IOException e) {
      group.destroy();
      return null;
    }
  }

  /** Peak memory in bytes, or -1. */
  public long peakMemory() {
    if (mechanism.equals("cgroup-v2")) {
      return readLong(dirs.get(0).resolve("memory.peak"));
    }
    return readLong(dirs.get(0).resolve("memory.max_usage_in_bytes"));
  }

  /** CPU time of every process that ran in the group, in milliseconds, or -1. */
  public long cpuMillis() {
    if (mechanism.equals("cgroup-v2")) {
      long usec = readKey(dirs.get(0).resolve("cpu.stat"), "usage_usec");
      return usec < 0 ? -1 : usec / 1000;
    }
    long nanos = readLong(dirs.get(2).resolve("cpuacct.usage"));
    return nanos < 0 ? -1 : nanos / 1_000_000;
  }

  /** Whether the kernel killed a process for memory. */
  public boolean oomKilled() {
    if (mechanism.equals("cgroup-v2")) {
      return readKey(dirs.get(0).resolve("memory.events"), "oom_kill") > 0;
    }
    return readKey(dirs.get(0).resolve("memory.oom_control"), "oom_kill") > 0;
  }

  /** Whether a fork or thread was refused at the process limit. */
  public boolean pidsLimitHit() {
    Path dir = mechanism.equals("cgroup-v2") ? dirs.get(0) : dirs.get(1);
    return readKey(dir.resolve("pids.events"), "max") > 0;
  }

  /** Kills every process still in the group, then removes it. */
  public void destroy() {
    if (mechanism.equals("cgroup-v2") && !dirs.isEmpty() && Files.exists(dirs.get(0).resolve("cgroup.kill"))) {
      try {
        write(dirs.get(0).resolve("cgroup.kill"), "1");
      } catch (IOException ignored) { // fall back to killing each pid
      }
    }
    for (int attempt = 0; attempt < 50; attempt++) {
      boolean empty = true;
      for (Path dir : dirs) {
        for (long pid : pids(dir)) {
          empty = false;
          ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
      }
      if (empty) {
        break;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    for (Path dir : dirs) {
      try {
        Files.deleteIfExists(dir);
      } catch (IOException ignored) { // a process may still be exiting; the kernel frees it when empty
      }
    }
  }

  /** Processes still in the group (all controllers). */
  public List<Long> remaining() {
    List<Long> out = new ArrayList<>();
    for (Path dir : dirs) {
      out.addAll(pids(dir));
    }
    return out;
  }

  private static List<Long> pids(Path dir) {
    try {
      return Files.readAllLines(dir.resolve("cgroup.procs")).stream().filter(s -> !s.isBlank())
          .map(s -> Long.parseLong(s.trim())).toList();
    } catch (IOException | NumberFormatException e) {
      return List.of();
    }
  }

  private static void write(Path file, String value) throws IOException {
    Files.writeString(file, value);
  }

  private static long readLong(Path file) {
    try {
      return Long.parseLong(Files.readString(file).trim());
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }

  private static long readKey(Path file, String key) {
    try {
      for (String line : Files.readAllLines(file)) {
        String[] parts = line.trim().split("\\s+");
        if (parts.length == 2 && parts[0].equals(key)) {
          return Long.parseLong(parts[1]);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
