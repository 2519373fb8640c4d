package dev.bulwark.sandbox.internal;

import dev.bulwark.sandbox.Limits;
import dev.bulwark.sandbox.SandboxRequest;
import dev.bulwark.sandbox.SandboxResult;
import dev.bulwark.sandbox.SandboxResult.LimitInForce;
import dev.bulwark.sandbox.Status;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The weaker mode, only on explicit request: the script runs as the caller, with an empty
 * environment, a temporary work directory and rlimits, and is killed with its descendants at the
 * wall-clock limit. It is not isolated (it can read the caller's files and reach the network), and
 * the report says so.
 */
final class WeakRun {

  private final SandboxRequest request;
  private final PythonInstall python;
  private final String reason;

  WeakRun(SandboxRequest request, PythonInstall python, String reason) {
    this.request = request;
    this.python = python;
    this.reason = reason;
  }

  SandboxResult run() throws IOException {
    Limits limits = request.limits();
    Path stage = Files.createTempDirectory("bulwark-weak-");
    try {
      Path work = Files.createDirectory(stage.resolve("work"));
      Path boot = stage.resolve("bootstrap.py");
      Files.write(boot, Launcher.bootstrap());
      for (Path input : request.inputs()) {
        Files.copy(input, work.resolve(input.getFileName().toString()));
      }
      long cpu = Math.max(1, (limits.timeout().toMillis() + 999) / 1000);
      String rl = "core=0:0,fsize=" + limits.fileBytes() + ":" + limits.fileBytes() + ",nofile=" + limits.openFiles()
          + ":" + limits.openFiles() + ",cpu=" + cpu + ":" + (cpu + 1) + ",data=" + limits.memoryBytes() + ":"
          + limits.memoryBytes();
      Path trace = stage.resolve("trace");
      List<String> cmd = new ArrayList<>(List.of(python.executable().toString(), "-I", "-B", boot.toString(), rl,
          "-1", request.script().toAbsolutePath().toString()));
      cmd.addAll(request.args());
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      pb.environment().clear();
      pb.environment().putAll(request.env());
      long start = System.nanoTime();
      Process p = pb.start();
      StreamCapture out = new StreamCapture(p.getInputStream(), limits.outputBytes(), request.streamOut());
      StreamCapture err = new StreamCapture(p.getErrorStream(), limits.outputBytes(), request.streamErr());
      Thread t1 = new Thread(out, "weak-stdout");
      Thread t2 = new Thread(err, "weak-stderr");
      t1.start();
      t2.start();
      boolean timedOut = false;
      try {
        if (!p.waitFor(limits.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
          timedOut = true;
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor();
        t1.join(2000);
        t2.join(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      long wall = (System.nanoTime() - start) / 1_000_000;
      int code = p.exitValue();
      Status status;
      Integer exit = null;
      Integer signal = null;
      if (timedOut) {
        status = Status.TIMEOUT;
        signal = 9;
      } else if (code > 128) {
        status = Status.SIGNAL;
        signal = code - 128;
      } else {
        exit = code;
        status = code != 0 ? Status.ERROR
            : out.total() > limits.outputBytes() || err.total() > limits.outputBytes() ? Status.OUTPUT_TRUNCATED
            : Status.OK;
      }
      List<String> returned = new ArrayList<>();
      if (request.outputDir() != null) {
        try (var files = Files.list(work)) {
          for (Path f : (Iterable<Path>) files::iterator) {
            if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && Files.size(f) <= limits.fileBytes()) {
              Files.createDirectories(request.outputDir());
              Files.copy(f, request.outputDir().resolve(f.getFileName().toString()),
                  java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.LinkOption.NOFOLLOW_LINKS);
              returned.add(f.getFileName().toString());
            }
          }
        }
      }
      List<LimitInForce> lim = List.of(
          new LimitInForce("wall_seconds", Math.max(1, limits.timeout().toSeconds()), "host (kill)"),
          new LimitInForce("cpu_seconds", cpu, "rlimit"),
          new LimitInForce("memory_bytes", limits.memoryBytes(), "rlimit (data segment)"),
          new LimitInForce("file_bytes", limits.fileBytes(), "rlimit"),
          new LimitInForce("open_files", limits.openFiles(), "rlimit"),
          new LimitInForce("output_bytes", limits.outputBytes(), "host"));
      String msg = "WEAKER MODE, NOT ISOLATED (" + reason + ")";
      return new SandboxResult(status, exit, signal, wall, -1, -1, out.kept(), err.kept(), out.total(), err.total(),
          returned, List.of(), List.of("weaker mode (--allow-weaker): no bubblewrap, no namespaces, no seccomp; "
              + "empty environment, temporary work directory and rlimits only. NOT isolated: " + reason),
          lim, List.of(), new String(msg.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    } finally {
      Launcher.deleteTree(stage);
    }
  }
}
