package dev.bulwark.sandbox.internal;

import dev.bulwark.sandbox.Limits;
import dev.bulwark.sandbox.SandboxRequest;
import dev.bulwark.sandbox.SandboxResult;
import dev.bulwark.sandbox.SandboxResult.DroppedFile;
import dev.bulwark.sandbox.SandboxResult.LimitInForce;
import dev.bulwark.sandbox.SandboxUnavailableException;
import dev.bulwark.sandbox.Status;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one request: stages the files, writes the launcher scripts and bubblewrap argument files,
 * starts the layers, enforces the wall clock, and reads back what happened.
 *
 * <p>The chain, from the host: {@code /bin/sh host.sh} (joins the run's cgroup; as root, enters a
 * private mount namespace to bind the Python install where an unprivileged uid can reach it, then
 * drops to uid 65534 with setpriv) execs the outer {@code bwrap --args 3}; inside it the trusted
 * {@code outer.sh} copies the inputs to the tmpfs work directory, runs the inner bwrap under
 * {@code timeout -s KILL}, then copies the work directory and the status files out. The inner bwrap
 * runs the bootstrap (rlimits, optional audit hooks) and the script under seccomp.
 */
public final class Launcher {

  /** Unprivileged uid and gid the run drops to when started as root ({@code nobody}). */
  static final int DROP_ID = 65534;
  /** Processes of the sandbox itself within the run's cgroup: shells, bwrap monitors and inits, timeout. */
  static final int OWN_PROCESSES = 8;
  /** How long past the timeout the host waits for the layers to copy results out before killing them. */
  static final long GRACE_MILLIS = 10_000;
  private static final long TRACE_BYTES = 1 << 20;
  private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s");
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}");

  /**
   * What the host offers the sandbox.
   *
   * @param bwrap the bubblewrap executable, if installed
   * @param userNamespaceProblem why user namespaces cannot be made, if they cannot
   * @param arch the architecture the seccomp filter is built for, or null when unsupported
   */
  public record Host(Optional<Path> bwrap, Optional<String> userNamespaceProblem, SeccompFilter.Arch arch) {

    /** This machine. */
    public static Host detect() {
      return new Host(HostTools.find("bwrap"), HostTools.userNamespaceProblem(), SeccompFilter.Arch.host());
    }
  }

  private final SandboxRequest request;
  private final Limits limits;
  private final Host host;

  public Launcher(SandboxRequest request) {
    this(request, Host.detect());
  }

  Launcher(SandboxRequest request, Host host) {
    this.request = request;
    this.limits = request.limits();
    this.host = host;
  }

  /** Runs the request in bubblewrap, or in the weaker mode when allowed and needed. */
  public SandboxResult run() throws SandboxUnavailableException, IOException {
    validate();
    Optional<Path> bwrap = host.bwrap();
    SeccompFilter.Arch arch = host.arch();
    Optional<String> userns = host.userNamespaceProblem();
    String problem = bwrap.isEmpty()
        ? "bubblewrap (bwrap) is not installed; install it with 'apt-get install bubblewrap' "
            + "(Debian, Ubuntu), 'dnf install bubblewrap' (Fedora) or 'apk add bubblewrap' (Alpine)"
        : userns.isPresent() ? userns.get()
        : arch == null ? "no seccomp filter for the architecture " + System.getProperty("os.arch") : null;
    PythonInstall python = PythonInstall.resolve(request.python());
    if (problem != null) {
      if (!request.allowWeaker()) {
        throw new SandboxUnavailableException("refusing to run unconfined: " + problem);
      }
      return new WeakRun(request, python, problem).run();
    }
    return runConfined(bwrap.get(), arch, python);
  }

  private void validate() {
    if (!Files.isRegularFile(request.script())) {
      throw new IllegalArgumentException("not a file: " + request.script());
    }
    Set<String> names = new HashSet<>();
    for (Path input : request.inputs()) {
      if (!Files.isRegularFile(input)) {
        throw new IllegalArgumentException("input is not a file: " + input);
      }
      String name = input.getFileName().toString();
      if (!SAFE_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("input file name must be letters, digits, '.', '_' or '-': " + input);
      }
      if (!names.add(name)) {
        throw new IllegalArgumentException("two inputs named " + name);
      }
    }
    for (String key : request.env().keySet()) {
      if (key.isEmpty() || key.contains("=") || key.indexOf('\0') >= 0) {
        throw new IllegalArgumentException("bad environment variable name: " + key);
      }
    }
  }

  private SandboxResult runConfined(Path bwrap, SeccompFilter.Arch arch, PythonInstall python) throws IOException {
    boolean root = HostTools.effectiveUid() == 0;
    Path stage = Files.createTempDirectory("bulwark-sandbox-");
    Cgroup cgroup = null;
    try {
      if (root || Files.exists(Path.of("/sys/fs/cgroup/cgroup.controllers"))) {
        cgroup = Cgroup.create(limits.memoryBytes(), limits.processes() + OWN_PROCESSES);
      }
      Staged staged = stage(stage, root, python, bwrap, arch, cgroup);
      return execute(staged, stage, cgroup, python);
    } finally {
      if (cgroup != null) {
        cgroup.destroy();
      }
      deleteTree(stage);
    }
  }

  /** Paths of one staged run. */
  private record Staged(Path hostScript, String scriptName, boolean bindPython, List<String> layers) {}

  private Staged stage(Path stage, boolean root, PythonInstall python, Path bwrap, SeccompFilter.Arch arch,
      Cgroup cgroup) throws IOException {
    Path guest = dir(stage.resolve("guest"));
    Path ctl = dir(stage.resolve("ctl"));
    Path in = dir(stage.resolve("in"));
    Path out = dir(stage.resolve("out"));
    // only the run's own uid may look inside: the staged script and inputs may be confidential
    Files.setPosixFilePermissions(stage, PosixFilePermissions.fromString("rwx------"));
    if (root) {
      Files.setAttribute(stage, "unix:uid", DROP_ID, LinkOption.NOFOLLOW_LINKS);
      Files.setAttribute(stage, "unix:gid", DROP_ID, LinkOption.NOFOLLOW_LINKS);
    }
    String scriptName = request.script().getFileName().toString();
    if (!SAFE_NAME.matcher(scriptName).matches()) {
      scriptName = "script.py";
    }
    file(guest.resolve("bootstrap.py"), bootstrap());
    file(guest.resolve(scriptName), Files.readAllBytes(request.script()));
    for (Path input : request.inputs()) {
      file(in.resolve(input.getFileName().toString()), Files.readAllBytes(input));
    }
    file(ctl.resolve("seccomp.bpf"), SeccompFilter.compile(arch));
    boolean bindPython = root && !python.underUsr();
    Path pythonSource = python.prefix();
    if (bindPython) {
      pythonSource = dir(stage.resolve("python"));
    }
    if (root) {
      Files.setAttribute(out, "unix:uid", DROP_ID, LinkOption.NOFOLLOW_LINKS);
      Files.setAttribute(out, "unix:gid", DROP_ID, LinkOption.NOFOLLOW_LINKS);
    }
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwx------"));

    List<String> system = systemBinds();
    List<String> inner = new ArrayList<>(List.of("--unshare-all", "--unshare-user", "--disable-userns",
        "--cap-drop", "ALL", "--die-with-parent", "--new-session", "--hostname", "sandbox"));
    inner.addAll(system);
    if (!python.underUsr()) {
      inner.addAll(List.of("--ro-bind", python.prefix().toString(), python.prefix().toString()));
    }
    inner.addAll(List.of("--proc", "/proc", "--dev", "/dev",
        "--size", Long.toString(limits.tmpBytes()), "--tmpfs", "/dev/shm", "--remount-ro", "/dev",
        "--size", Long.toString(limits.tmpBytes()), "--tmpfs", "/tmp",
        "--bind", "/work", "/work", "--ro-bind", "/guest", "/bulwark", "--remount-ro", "/", "--clearenv"));
    for (Map.Entry<String, String> e : request.env().entrySet()) {
      inner.addAll(List.of("--setenv", e.getKey(), e.getValue()));
    }
    inner.addAll(List.of("--chdir", "/work", "--seccomp", "5", "--json-status-fd", "7"));
    file(ctl.resolve("inner.args"), nulSeparated(inner));
    // bwrap takes options from --args FD but the command from its own command line
    List<String> command = new ArrayList<>(List.of(python.executable().toString(), "-I", "-B",
        "/bulwark/bootstrap.py", rlimits(cgroup != null), request.trace() ? "6" : "-1", "/bulwark/" + scriptName));
    command.addAll(request.args());

    List<String> outer = new ArrayList<>(List.of("--unshare-all", "--unshare-user", "--die-with-parent",
        "--new-session"));
    outer.addAll(system);
    if (!python.underUsr()) {
      outer.addAll(List.of("--ro-bind", pythonSource.toString(), python.prefix().toString()));
    }
    if (!bwrap.startsWith("/usr")) {
      outer.addAll(List.of("--ro-bind", bwrap.toString(), "/usr/bin/bwrap"));
    }
    outer.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--dir", "/tmp",
        "--ro-bind", guest.toString(), "/guest", "--ro-bind", ctl.toString(), "/ctl",
        "--ro-bind", in.toString(), "/in", "--bind", out.toString(), "/out",
        "--size", Long.toString(limits.workDirBytes()), "--tmpfs", "/work",
        "--size", "65536", "--tmpfs", "/state",
        "--size", Long.toString(TRACE_BYTES), "--tmpfs", "/trace",
        "--clearenv", "--chdir", "/"));
    file(ctl.resolve("outer.args"), nulSeparated(outer));
    String innerBwrap = bwrap.startsWith("/usr") ? bwrap.toString() : "/usr/bin/bwrap";
    file(ctl.resolve("outer.sh"), outerScript(innerBwrap, command).getBytes(StandardCharsets.UTF_8));

    StringBuilder host = new StringBuilder();
    if (cgroup != null) {
      for (Path procs : cgroup.procsFiles()) {
        host.append("echo $$ > ").append(quote(procs.toString())).append(" || exit 120\n");
      }
    }
    host.append("exec 3< ").append(quote(ctl.resolve("outer.args").toString())).append(" || exit 120\n");
    String exec = (root ? quote(tool("setpriv")) + " --reuid " + DROP_ID + " --regid " + DROP_ID
        + " --clear-groups --inh-caps=-all " : "") + quote(bwrap.toString()) + " --args 3 /bin/sh /ctl/outer.sh\n";
    if (bindPython) {
      Path drop = ctl.resolve("drop.sh");
      file(drop, (quote(tool("mount")) + " --bind " + quote(python.prefix().toString()) + " "
          + quote(pythonSource.toString()) + " || exit 120\nexec " + exec).getBytes(StandardCharsets.UTF_8));
      host.append("exec ").append(quote(tool("unshare"))).append(" --mount --propagation private /bin/sh ")
          .append(quote(drop.toString())).append('\n');
    } else {
      host.append("exec ").append(exec);
    }
    Path hostScript = ctl.resolve("host.sh");
    file(hostScript, host.toString().getBytes(StandardCharsets.UTF_8));

    List<String> layers = new ArrayList<>();
    if (root) {
      layers.add("privileges dropped: uid/gid " + DROP_ID + ", no supplementary groups, no capabilities");
    }
    layers.add("outer bubblewrap: all namespaces unshared, tmpfs work directory, results copied out as regular files");
    layers.add("inner bubblewrap: user, pid, net, ipc, uts, mount and cgroup namespaces; no nested user "
        + "namespaces; no capabilities; new session; read-only system; no network");
    layers.add("seccomp-bpf (" + arch.name().toLowerCase(java.util.Locale.ROOT) + "): "
        + SeccompFilter.deniedCalls().size() + " calls denied, namespace clone flags, clone3, socket families "
        + "other than unix/inet/inet6, raw sockets, TIOCSTI");
    layers.add("empty environment" + (request.env().isEmpty() ? "" : " plus " + request.env().size() + " variable(s) given"));
    layers.add(cgroup != null ? "limits: " + cgroup.mechanism() + " and rlimits" : "limits: rlimits");
    if (request.trace()) {
      layers.add("behaviour log: PEP 578 audit hooks (self-reported by the guest, not a boundary)");
    }
    return new Staged(hostScript, scriptName, bindPython, layers);
  }

  private String outerScript(String innerBwrap, List<String> command) {
    StringBuilder quoted = new StringBuilder();
    for (String word : command) {
      quoted.append(' ').append(quote(word));
    }
    long seconds = limits.timeout().toMillis();
    String timeout = (seconds / 1000) + "." + String.format("%03d", seconds % 1000);
    return "cp -a /in/. /work/ 2>/dev/null\n"
        + "exec 4</ctl/inner.args 5</ctl/seccomp.bpf 7>/state/inner-status"
        + (request.trace() ? " 6>/trace/log" : "") + "\n"
        + "/usr/bin/timeout -s KILL " + timeout + " " + innerBwrap + " --args 4" + quoted + "\n"
        + "rc=$?\n"
        + "exec 4<&- 5<&- 6>&- 7>&-\n"
        // shell builtins only until the status is out: the guest's processes may still hold every pid
        // of the run's cgroup for a moment after a kill, and a shell that cannot fork exits
        + "times >/out/times\n"
        + "while IFS= read -r l || [ -n \"$l\" ]; do printf '%s\\n' \"$l\"; done </state/inner-status >/out/inner-status\n"
        + "echo \"$rc\" >/out/rc\n"
        + DRAIN_GUEST
        + (request.trace() ? "cp /trace/log /out/trace 2>/dev/null\n" : "")
        + "mkdir /out/files && cp -a /work/. /out/files/ 2>/dev/null\n";
  }

  /**
   * Waits, with builtins, until no process of the inner layer is left in the outer pid namespace
   * (only its init, pid 1, and this shell), so that the copies after it can fork. After a fork bomb
   * this takes a few thousand rounds (0.1-0.3 s); the bound (a few seconds) matters only on a stalled
   * host, where a copy that cannot fork loses the returned files but not the run's status.
   */
  private static final String DRAIN_GUEST = """
      n=0
      while [ $n -lt 100000 ]; do
        busy=
        for p in /proc/[0-9]*; do case ${p#/proc/} in 1|$$) ;; *) busy=1; break ;; esac; done
        [ -z "$busy" ] && break
        n=$((n+1))
      done
      """;

  /**
   * The rlimits the bootstrap sets: always core, file size, descriptors and CPU; memory and processes
   * without a cgroup. Memory is RLIMIT_DATA (private writable memory, mmap included since Linux 4.7),
   * not RLIMIT_AS: glibc reserves 64 MiB of address space per malloc arena, one per thread up to
   * eight per core, so an address-space cap of a few hundred MiB breaks ordinary threaded code.
   */
  private String rlimits(boolean cgroup) {
    long cpu = Math.max(1, (limits.timeout().toMillis() + 999) / 1000);
    StringBuilder s = new StringBuilder("core=0:0");
    s.append(",fsize=").append(limits.fileBytes()).append(':').append(limits.fileBytes());
    s.append(",nofile=").append(limits.openFiles()).append(':').append(limits.openFiles());
    s.append(",cpu=").append(cpu).append(':').append(cpu + 1);
    if (!cgroup) {
      s.append(",data=").append(limits.memoryBytes()).append(':').append(limits.memoryBytes());
      s.append(",nproc=").append(limits.processes()).append(':').append(limits.processes());
    }
    return s.toString();
  }

  private List<LimitInForce> limitsInForce(Cgroup cgroup) {
    String held = cgroup != null ? cgroup.mechanism() : "rlimit";
    List<LimitInForce> out = new ArrayList<>();
    out.add(new LimitInForce("wall_seconds", Math.max(1, limits.timeout().toSeconds()), "timeout (SIGKILL)"));
    out.add(new LimitInForce("cpu_seconds", Math.max(1, (limits.timeout().toMillis() + 999) / 1000), "rlimit"));
    out.add(new LimitInForce("memory_bytes", limits.memoryBytes(), cgroup != null ? held : "rlimit (data segment)"));
    out.add(new LimitInForce("processes", limits.processes(), held));
    out.add(new LimitInForce("work_dir_bytes", limits.workDirBytes(), "tmpfs"));
    out.add(new LimitInForce("tmp_bytes", limits.tmpBytes(), "tmpfs"));
    out.add(new LimitInForce("file_bytes", limits.fileBytes(), "rlimit"));
    out.add(new LimitInForce("open_files", limits.openFiles(), "rlimit"));
    out.add(new LimitInForce("output_bytes", limits.outputBytes(), "host"));
    return out;
  }

  private SandboxResult execute(Staged staged, Path stage, Cgroup cgroup, PythonInstall python) throws IOException {
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", staged.hostScript().toString())
        .directory(stage.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().clear();
    long start = System.nanoTime();
    Process process = pb.start();
    StreamCapture out = new StreamCapture(process.getInputStream(), limits.outputBytes(), request.streamOut());
    StreamCapture err = new StreamCapture(process.getErrorStream(), limits.outputBytes(), request.streamErr());
    Thread outThread = new Thread(out, "sandbox-stdout");
    Thread errThread = new Thread(err, "sandbox-stderr");
    outThread.start();
    errThread.start();
    boolean backstop = false;
    try {
      if (!process.waitFor(limits.timeout().toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
        backstop = true;
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
      }
      outThread.join(2000);
      errThread.join(2000);
    } catch (InterruptedException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    long wall = (System.nanoTime() - start) / 1_000_000;
    Path outDir = stage.resolve("out");

    String rcText = readSmall(outDir.resolve("rc"));
    String innerStatus = readSmall(outDir.resolve("inner-status"));
    Integer code = null;
    Matcher exitMatch = Pattern.compile("\"exit-code\"\\s*:\\s*(\\d+)").matcher(innerStatus);
    if (exitMatch.find()) {
      code = Integer.parseInt(exitMatch.group(1));
    } else if (!rcText.isBlank()) {
      code = Integer.parseInt(rcText.strip());
    }
    boolean started = innerStatus.contains("child-pid");
    long cpu = cgroup != null ? cgroup.cpuMillis() : timesMillis(readSmall(outDir.resolve("times")));
    long peak = cgroup != null ? cgroup.peakMemory() : -1;
    boolean oom = cgroup != null && cgroup.oomKilled();
    boolean pidsHit = cgroup != null && cgroup.pidsLimitHit();
    boolean timedOut = backstop || (code != null && code == 137 && wall >= limits.timeout().toMillis());

    Status status;
    Integer exitCode = null;
    Integer signal = null;
    String message = "";
    if (!backstop && (rcText.isBlank() || !started)) {
      status = Status.SANDBOX_ERROR;
      message = "the sandbox could not be set up: " + tail(err.kept());
    } else if (timedOut) {
      status = Status.TIMEOUT;
      signal = 9;
      message = "killed after " + limits.timeout().toMillis() + " ms of wall-clock time"
          + (backstop ? " (by the host backstop)" : "")
          + (pidsHit ? "; the process limit of " + limits.processes() + " was hit too" : "")
          + (oom ? "; the memory limit was hit too" : "");
    } else {
      if (code > 128 && code <= 128 + 64) {
        signal = code - 128;
      } else {
        exitCode = code;
      }
      String errText = new String(err.kept(), StandardCharsets.UTF_8);
      if (oom || (cgroup == null && exitCode != null && exitCode != 0 && errText.contains("MemoryError"))) {
        status = Status.MEMORY;
        message = "hit the memory limit of " + limits.memoryBytes() + " bytes";
      } else if (pidsHit) {
        status = Status.PIDS;
        message = "hit the process limit of " + limits.processes();
      } else if (signal != null) {
        status = Status.SIGNAL;
        message = "killed by signal " + signal + (signal == 24 ? " (SIGXCPU: CPU time limit)" : "");
      } else if (exitCode != 0) {
        status = Status.ERROR;
      } else if (out.total() > limits.outputBytes() || err.total() > limits.outputBytes()) {
        status = Status.OUTPUT_TRUNCATED;
        message = "output beyond " + limits.outputBytes() + " bytes per stream was dropped";
      } else {
        status = Status.OK;
      }
    }
    List<String> returned = new ArrayList<>();
    List<DroppedFile> dropped = new ArrayList<>();
    collectFiles(outDir.resolve("files"), returned, dropped);
    List<String> trace = request.trace() ? readTrace(outDir.resolve("trace")) : List.of();
    return new SandboxResult(status, exitCode, signal, wall, cpu, peak, out.kept(), err.kept(), out.total(),
        err.total(), returned, dropped, staged.layers(), limitsInForce(cgroup), trace, message);
  }

  /** Copies regular files from the staged work directory to the output directory; everything else is dropped. */
  private void collectFiles(Path files, List<String> returned, List<DroppedFile> dropped) throws IOException {
    if (!Files.isDirectory(files, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Set<String> inputs = new HashSet<>();
    for (Path input : request.inputs()) {
      inputs.add(input.getFileName().toString());
    }
    Files.walkFileTree(files, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        String rel = files.relativize(file).toString();
        if (!attrs.isRegularFile()) {
          dropped.add(new DroppedFile(rel, attrs.isSymbolicLink() ? "symbolic link" : "not a regular file"));
          return FileVisitResult.CONTINUE;
        }
        if (inputs.contains(rel) && unchangedInput(rel, file)) {
          return FileVisitResult.CONTINUE;
        }
        if (attrs.size() > limits.fileBytes()) {
          dropped.add(new DroppedFile(rel, "larger than " + limits.fileBytes() + " bytes"));
          return FileVisitResult.CONTINUE;
        }
        if (request.outputDir() == null) {
          dropped.add(new DroppedFile(rel, "no output directory given"));
          return FileVisitResult.CONTINUE;
        }
        Path target = request.outputDir().resolve(rel).normalize();
        if (!target.startsWith(request.outputDir().normalize())) {
          dropped.add(new DroppedFile(rel, "outside the output directory"));
          return FileVisitResult.CONTINUE;
        }
        Files.createDirectories(target.getParent());
        if (Files.isSymbolicLink(target)) {
          Files.delete(target); // never write through a link the caller's directory happens to hold
        }
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
        returned.add(rel);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException exc) {
        dropped.add(new DroppedFile(files.relativize(file).toString(), "unreadable"));
        return FileVisitResult.CONTINUE;
      }
    });
    returned.sort(null);
  }

  private boolean unchangedInput(String name, Path copy) throws IOException {
    for (Path input : request.inputs()) {
      if (input.getFileName().toString().equals(name)) {
        return Files.size(input) == Files.size(copy) && Arrays.equals(Files.readAllBytes(input), Files.readAllBytes(copy));
      }
    }
    return false;
  }

  static List<String> readTrace(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }

  private static long timesMillis(String times) {
    // the second line of 'times' is the children's user and system time
    List<String> lines = times.lines().toList();
    if (lines.size() < 2) {
      return -1;
    }
    Matcher m = TIMES.matcher(lines.get(1));
    double seconds = 0;
    boolean any = false;
    while (m.find()) {
      seconds += Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2));
      any = true;
    }
    return any ? Math.round(seconds * 1000) : -1;
  }

  private static String tail(byte[] err) {
    String text = new String(err, StandardCharsets.UTF_8).strip();
    return text.isEmpty() ? "(no message)" : text.length() > 2000 ? text.substring(text.length() - 2000) : text;
  }

  private static String readSmall(Path file) {
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** Binds of the read-only system: /usr, and /bin, /lib... as the symlinks or directories the host has. */
  private static List<String> systemBinds() {
    List<String> out = new ArrayList<>(List.of("--ro-bind", "/usr", "/usr"));
    for (String top : List.of("bin", "sbin", "lib", "lib32", "lib64", "libx32")) {
      Path p = Path.of("/", top);
      try {
        if (Files.isSymbolicLink(p)) {
          out.addAll(List.of("--symlink", Files.readSymbolicLink(p).toString(), p.toString()));
        } else if (Files.isDirectory(p)) {
          out.addAll(List.of("--ro-bind", p.toString(), p.toString()));
        }
      } catch (IOException ignored) { // an unreadable link is left out
      }
    }
    out.addAll(List.of("--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache"));
    return out;
  }

  private static String tool(String name) {
    return HostTools.find(name).map(Path::toString).orElse("/usr/bin/" + name);
  }

  static byte[] bootstrap() throws IOException {
    try (InputStream in = Launcher.class.getResourceAsStream("bootstrap.py")) {
      if (in == null) {
        throw new IOException("bootstrap.py missing from the jar");
      }
      return in.readAllBytes();
    }
  }

  private static byte[] nulSeparated(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String arg : args) {
      if (arg.indexOf('\0') >= 0) {
        throw new IllegalArgumentException("argument contains a NUL byte");
      }
      out.writeBytes(arg.getBytes(StandardCharsets.UTF_8));
      out.write(0);
    }
    return out.toByteArray();
  }

  static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  private static Path dir(Path p) throws IOException {
    Files.createDirectory(p);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    return p;
  }

  private static void file(Path p, byte[] content) throws IOException {
    Files.write(p, content);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
  }

  static void deleteTree(Path root) {
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
          if (!dir.equals(root)) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
          Files.deleteIfExists(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException ignored) { // a leftover temp directory is not worth failing the run for
    }
  }
}
