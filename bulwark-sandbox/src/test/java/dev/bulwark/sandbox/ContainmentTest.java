package dev.bulwark.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.sandbox.internal.HostTools;
import dev.bulwark.sandbox.internal.PythonInstall;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URISyntaxException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The containment suite: hostile scripts that try to read secrets, write outside, reach the network,
 * exhaust resources, outlive the run or escalate, and benign scripts that must still work. Each mode
 * runs the whole suite in a child JVM (with a secret in its environment) and judges it from the host:
 * listeners that must stay untouched, a victim process that must survive, a directory that must stay
 * empty, no process left behind, no secret in any report or returned file.
 */
class ContainmentTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void containsHostileScriptsAsTheCaller() throws Exception {
    assumeSandboxAvailable();
    assumeTrue(HostTools.find("python3").isPresent(), "python3 is not on PATH");
    Path python = PythonInstall.resolve(null).executable();
    runSuite(false, python);
  }

  @Test
  void containsHostileScriptsAsAnUnprivilegedUser() throws Exception {
    assumeSandboxAvailable();
    assumeTrue(HostTools.effectiveUid() == 0,
        "the unprivileged run needs root to switch users; as a non-root caller the other test covers it");
    assumeTrue(HostTools.find("setpriv").isPresent(), "setpriv (util-linux) is not installed");
    Path python = null;
    List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/python3"), Path.of("/usr/local/bin/python3")));
    if (HostTools.find("python3").isPresent()) {
      candidates.add(PythonInstall.resolve(null).executable());
    }
    for (Path candidate : candidates) {
      if (Files.isExecutable(candidate) && succeeds(setprivThen(candidate.toString(), "-c", "pass"))) {
        python = candidate;
        break;
      }
    }
    assumeTrue(python != null, "no Python interpreter that uid 65534 can run (tried " + candidates + ")");
    runSuite(true, python);
  }

  static void assumeSandboxAvailable() throws Exception {
    assumeTrue(System.getProperty("os.name", "").equals("Linux"), "the sandbox needs Linux");
    assumeTrue(HostTools.find("bwrap").isPresent(), "bubblewrap is not installed (apt-get install bubblewrap)");
    var problem = HostTools.userNamespaceProblem();
    assumeTrue(problem.isEmpty(), () -> "skipped: " + problem.orElse(""));
    // the kernel's switches may say yes while a container's policy says no: try the smallest user namespace
    assumeTrue(succeeds(List.of(HostTools.find("bwrap").get().toString(), "--unshare-user", "--ro-bind", "/", "/",
        "true")), "skipped: bubblewrap cannot create a user namespace here");
  }

  private static List<String> setprivThen(String... command) {
    List<String> out = new ArrayList<>(setpriv());
    out.addAll(List.of(command));
    return out;
  }

  private static boolean succeeds(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return false;
    }
    return p.exitValue() == 0;
  }

  private void runSuite(boolean unprivileged, Path python) throws Exception {
    Path base = Files.createTempDirectory("bulwark-containment-");
    chmod(base, "rwxr-xr-x");
    String secret = "BWSECRET-" + UUID.randomUUID();
    String marker = "BWMARK-" + UUID.randomUUID();
    Path secretDir = mkdir(base.resolve("secret"), "rwxr-xr-x");
    Path secretFile = secretDir.resolve("secret.txt");
    Files.writeString(secretFile, secret + "\n");
    chmod(secretFile, "rw-r--r--");
    Path hostDir = mkdir(base.resolve("hostdir"), "rwxrwxrwx");
    Path results = mkdir(base.resolve("results"), "rwxrwxrwx");
    String unixName = "bulwark-test-" + UUID.randomUUID();
    Path unixPath = base.resolve("host.sock");

    List<AutoCloseable> closing = new ArrayList<>();
    Process victim = null;
    Process abstractListener = null;
    try (ServerSocket tcp = new ServerSocket()) {
      tcp.bind(new InetSocketAddress("0.0.0.0", 0));
      AtomicInteger tcpHits = new AtomicInteger();
      daemon(() -> {
        while (!tcp.isClosed()) {
          try (Socket s = tcp.accept()) {
            tcpHits.incrementAndGet();
          } catch (IOException e) {
            return;
          }
        }
      });
      DatagramSocket udp = new DatagramSocket(new InetSocketAddress("0.0.0.0", 0));
      closing.add(udp);
      AtomicInteger udpHits = new AtomicInteger();
      daemon(() -> {
        byte[] buf = new byte[2048];
        while (!udp.isClosed()) {
          try {
            udp.receive(new DatagramPacket(buf, buf.length));
            udpHits.incrementAndGet();
          } catch (IOException e) {
            return;
          }
        }
      });
      ServerSocketChannel unix = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      closing.add(unix);
      unix.bind(UnixDomainSocketAddress.of(unixPath));
      chmod(unixPath, "rwxrwxrwx");
      AtomicInteger unixHits = new AtomicInteger();
      daemon(() -> {
        while (unix.isOpen()) {
          try (SocketChannel c = unix.accept()) {
            unixHits.incrementAndGet();
          } catch (IOException e) {
            return;
          }
        }
      });
      abstractListener = new ProcessBuilder(python.toString(), "-c",
          "import socket\ns=socket.socket(socket.AF_UNIX)\ns.bind('\\0" + unixName + "')\ns.listen()\n"
              + "print('ready',flush=True)\nc,_=s.accept()\nprint('CONNECTED',flush=True)\n")
          .redirectErrorStream(true).start();
      BufferedReader abstractOut = new BufferedReader(
          new InputStreamReader(abstractListener.getInputStream(), StandardCharsets.UTF_8));
      assertThat(abstractOut.readLine()).isEqualTo("ready");

      List<String> victimCmd = new ArrayList<>();
      if (unprivileged) {
        victimCmd.addAll(setpriv());
      }
      victimCmd.addAll(List.of("sleep", "300"));
      victim = new ProcessBuilder(victimCmd).start();

      Map<String, String> placeholders = Map.of("{{SECRET_FILE}}", secretFile.toString(), "{{HOST_DIR}}",
          hostDir.toString(), "{{TCP_PORT}}", Integer.toString(tcp.getLocalPort()), "{{UDP_PORT}}",
          Integer.toString(udp.getLocalPort()), "{{UNIX_NAME}}", unixName, "{{UNIX_PATH}}", unixPath.toString(),
          "{{VICTIM_PID}}", Long.toString(victim.pid()), "{{MARKER}}", marker, "{{HOST_IP}}", hostAddress());
      Path cases = mkdir(base.resolve("cases"), "rwxr-xr-x");
      for (Path source : caseSources()) {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> e : placeholders.entrySet()) {
          text = text.replace(e.getKey(), e.getValue());
        }
        Path target = cases.resolve(source.getFileName().toString());
        Files.writeString(target, text, StandardCharsets.UTF_8);
        chmod(target, "rw-r--r--");
      }

      Path data = Path.of(ContainmentTest.class.getResource("/containment/data.txt").toURI());
      Files.copy(data, cases.resolve("data.txt"));
      chmod(cases.resolve("data.txt"), "rw-r--r--");

      List<String> cmd = new ArrayList<>();
      if (unprivileged) {
        cmd.addAll(setpriv());
      }
      cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
          "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1", "-cp", classpath(base, unprivileged),
          ContainmentRunner.class.getName(), cases.toString(), results.toString(), python.toString(), marker));
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
      pb.environment().clear();
      pb.environment().put("PATH", "/usr/bin:/bin");
      pb.environment().put("BULWARK_TEST_SECRET", secret);
      Process runner = pb.start();
      byte[] runnerOut = runner.getInputStream().readAllBytes();
      assertThat(runner.waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(runner.exitValue()).as("runner output: %s", new String(runnerOut, StandardCharsets.UTF_8))
          .isZero();

      Thread.sleep(200); // let the listeners count anything in flight
      SoftAssertions soft = new SoftAssertions();
      Map<String, JsonNode> reports = new TreeMap<>();
      for (Path source : caseSources()) {
        String name = source.getFileName().toString().replace(".py", "");
        Path report = results.resolve(name + ".json");
        soft.assertThat(report).as("report of %s", name).exists();
        if (Files.exists(report)) {
          String text = Files.readString(report, StandardCharsets.UTF_8);
          soft.assertThat(text).as("report of %s", name).doesNotContain(secret);
          JsonNode node = JSON.readTree(text);
          reports.put(name, node);
          judgeCommon(soft, name, node, results.resolve("out-" + name), secret);
        }
      }
      judgeCases(soft, reports, results);
      writeSummary(unprivileged, reports);
      soft.assertThat(tcpHits.get()).as("connections to the host's TCP listener").isZero();
      soft.assertThat(udpHits.get()).as("datagrams to the host's UDP listener").isZero();
      soft.assertThat(unixHits.get()).as("connections to the host's unix socket").isZero();
      StringBuilder abstractLog = new StringBuilder();
      while (abstractOut.ready()) {
        abstractLog.append(abstractOut.readLine()).append('\n');
      }
      soft.assertThat(abstractLog.toString()).as("abstract unix listener").doesNotContain("CONNECTED");
      try (Stream<Path> left = Files.list(hostDir)) {
        soft.assertThat(left.toList()).as("files written into the host directory").isEmpty();
      }
      soft.assertThat(Files.readString(secretFile)).as("the host's secret file").isEqualTo(secret + "\n");
      soft.assertThat(victim.isAlive()).as("the victim process survives").isTrue();
      soft.assertThat(processesWith(marker)).as("processes left behind by the runs").isEmpty();
      soft.assertAll();
    } finally {
      if (victim != null) {
        victim.destroyForcibly();
      }
      if (abstractListener != null) {
        abstractListener.destroyForcibly();
      }
      for (AutoCloseable c : closing) {
        c.close();
      }
      deleteTree(base);
    }
  }

  /**
   * With BULWARK_CONTAINMENT_SUMMARY=FILE set, appends one line per case (mode, case, status, exit code or
   * signal, wall time, note) to FILE: the source of the table in docs/sandbox.md.
   */
  private static void writeSummary(boolean unprivileged, Map<String, JsonNode> reports) throws IOException {
    String file = System.getenv("BULWARK_CONTAINMENT_SUMMARY");
    if (file == null) {
      return;
    }
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, JsonNode> e : reports.entrySet()) {
      JsonNode r = e.getValue();
      s.append(unprivileged ? "uid 65534" : "caller").append('\t').append(e.getKey()).append('\t')
          .append(r.path("status").asText()).append('\t')
          .append(r.path("exit_code").isNull() ? "signal " + r.path("signal").asText() : "exit " + r.path("exit_code"))
          .append('\t').append(r.path("wall_ms").asLong()).append('\t')
          .append(r.path("limits").path(3).path("mechanism").asText()).append('\t')
          .append(r.path("message").asText()).append('\n');
    }
    Files.writeString(Path.of(file), s.toString(), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  /** Checks that hold for every case, hostile or benign. */
  private static void judgeCommon(SoftAssertions soft, String name, JsonNode r, Path out, String secret)
      throws IOException {
    String status = r.path("status").asText();
    soft.assertThat(status).as("%s: %s", name, r.path("message").asText()).isNotIn("exception", "sandbox_error");
    soft.assertThat(r.path("wall_ms").asLong()).as("%s wall time", name).isLessThan(8000 + 10_000);
    soft.assertThat(r.path("stdout").path("text").asText().getBytes(StandardCharsets.UTF_8).length)
        .as("%s stdout within its cap", name).isLessThanOrEqualTo(64 << 10);
    if (Files.isDirectory(out)) {
      Files.walkFileTree(out, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          soft.assertThat(attrs.isRegularFile()).as("%s returned %s as a regular file", name, file).isTrue();
          if (attrs.isRegularFile() && attrs.size() < (1 << 20)) {
            soft.assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as("%s returned %s", name, file)
                .doesNotContain(secret);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    }
  }

  /** What each case must show. */
  private static void judgeCases(SoftAssertions soft, Map<String, JsonNode> r, Path results) throws IOException {
    for (String name : List.of("hostile_net_dns", "hostile_net_raw", "hostile_vsock", "hostile_setuid_caps",
        "hostile_mount_unshare", "hostile_ctypes", "hostile_dev_access")) {
      soft.assertThat(stdout(r, name)).as("%s (guest's own account)", name).contains("RESULT ok");
    }
    soft.assertThat(status(r, "hostile_sleep")).isEqualTo("timeout");
    soft.assertThat(stdout(r, "hostile_sleep")).doesNotContain("SURVIVED");
    soft.assertThat(status(r, "hostile_cpu_spin")).isIn("timeout", "signal");
    soft.assertThat(status(r, "hostile_memory_bomb")).isEqualTo("memory");
    soft.assertThat(status(r, "hostile_fork_bomb")).isIn("pids", "timeout");
    soft.assertThat(status(r, "hostile_thread_bomb")).isIn("pids", "ok", "error", "memory");
    soft.assertThat(r.get("hostile_stdout_flood").path("stdout").path("truncated").asBoolean()).isTrue();
    soft.assertThat(status(r, "hostile_stdout_flood")).isIn("output_truncated", "timeout");
    soft.assertThat(firstNumberAfter(stdout(r, "hostile_fd_exhaust"), "open files ")).isBetween(1L, 64L);
    for (String dir : List.of("/work", "/tmp", "/dev/shm")) {
      soft.assertThat(firstNumberAfter(stdout(r, "hostile_disk_fill"), dir + " wrote "))
          .as("bytes written to %s", dir).isBetween(0L, 8L << 20);
    }
    soft.assertThat(stdout(r, "hostile_write_outside")).doesNotContain("WROTE");
    // kill(1) inside reaches only the sandbox's own init, which ignores it; the victim check is the judge
    List<String> dropped = new ArrayList<>();
    r.get("hostile_symlinks").path("files").path("dropped").forEach(d -> dropped.add(d.path("path").asText()));
    soft.assertThat(dropped).contains("link_passwd", "link_secret", "link_root", "sub/deep_link", "fifo");
    soft.assertThat(status(r, "hostile_daemon")).isEqualTo("ok");

    for (String name : List.of("benign_stdlib", "benign_threads", "benign_tempfiles", "benign_read_input",
        "benign_write_output", "benign_unicode", "benign_subprocess", "benign_multiprocessing")) {
      soft.assertThat(status(r, name)).as("%s: %s", name, r.get(name)).isEqualTo("ok");
    }
    soft.assertThat(stdout(r, "benign_stdlib")).contains("sum 45", "json {\"a\": [1, 2]}", "decimal 3.3",
        "median 2", "zlib True");
    soft.assertThat(r.get("benign_stdlib").path("trace").path("events").toString()).contains("sqlite3");
    soft.assertThat(r.get("hostile_net_tcp").path("trace").path("events").toString()).contains("socket.connect");
    soft.assertThat(r.get("benign_write_output").path("trace").path("events").toString())
        .contains("\"open\",\"args\":[\"results/answer.json\",\"w\"");
    soft.assertThat(stdout(r, "benign_threads")).contains("threads 328350");
    soft.assertThat(stdout(r, "benign_tempfiles")).contains("tempdir temp", "named named");
    soft.assertThat(stdout(r, "benign_read_input")).contains("input HELLO INPUT");
    soft.assertThat(stdout(r, "benign_unicode")).isEqualTo("héllo wörld ✓ 日本語 🐍\n");
    soft.assertThat(r.get("benign_unicode").path("stderr").path("text").asText()).contains("ünïcode");
    soft.assertThat(stdout(r, "benign_subprocess")).contains("child 42 0");
    soft.assertThat(stdout(r, "benign_multiprocessing")).contains("pool 285");
    JsonNode exit = r.get("benign_exit_code");
    soft.assertThat(exit.path("status").asText()).isEqualTo("error");
    soft.assertThat(exit.path("exit_code").asInt()).isEqualTo(3);
    soft.assertThat(exit.path("stderr").path("text").asText()).contains("something went wrong");
    List<String> returned = new ArrayList<>();
    r.get("benign_write_output").path("files").path("returned").forEach(f -> returned.add(f.asText()));
    soft.assertThat(returned).containsExactly("results/answer.json", "summary.txt");
    Path answer = results.resolve("out-benign_write_output/results/answer.json");
    soft.assertThat(answer).exists();
    if (Files.exists(answer)) {
      soft.assertThat(Files.readString(answer)).isEqualTo("{\"answer\": 42}");
    }
  }

  private static String status(Map<String, JsonNode> r, String name) {
    JsonNode node = r.get(name);
    return node == null ? "missing" : node.path("status").asText();
  }

  private static String stdout(Map<String, JsonNode> r, String name) {
    JsonNode node = r.get(name);
    return node == null ? "" : node.path("stdout").path("text").asText();
  }

  private static long firstNumberAfter(String text, String prefix) {
    int at = text.indexOf(prefix);
    if (at < 0) {
      return -1;
    }
    int start = at + prefix.length();
    int end = start;
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    return end == start ? -1 : Long.parseLong(text.substring(start, end));
  }

  private static List<String> setpriv() {
    return List.of(HostTools.find("setpriv").orElseThrow().toString(), "--reuid", "65534", "--regid", "65534",
        "--clear-groups");
  }

  private static List<Path> caseSources() throws IOException, URISyntaxException {
    Path dir = Path.of(ContainmentTest.class.getResource("/containment").toURI());
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
  }

  /**
   * The child JVM's class path: this module's classes and Jackson. For the unprivileged user they are
   * copied where it can read them (the local Maven repository is usually under a private home).
   */
  private static String classpath(Path base, boolean copy) throws Exception {
    Set<Path> entries = new java.util.LinkedHashSet<>();
    for (Class<?> c : List.of(Sandbox.class, ContainmentRunner.class, ObjectMapper.class, JsonFactory.class,
        JsonAutoDetect.class)) {
      entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }
    List<String> out = new ArrayList<>();
    Path dir = copy ? mkdir(base.resolve("cp"), "rwxr-xr-x") : null;
    int i = 0;
    for (Path entry : entries) {
      if (!copy) {
        out.add(entry.toString());
        continue;
      }
      Path target = dir.resolve((i++) + "-" + entry.getFileName());
      copyTree(entry, target);
      out.add(target.toString());
    }
    return String.join(":", out);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (Files.isRegularFile(from)) {
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
      chmod(to, "rw-r--r--");
      return;
    }
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
          chmod(t, "rwxr-xr-x");
        } else {
          Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
          chmod(t, "rw-r--r--");
        }
      }
    }
  }

  /** Processes of the host whose command line holds the marker (a run's leftovers). */
  static List<String> processesWith(String marker) {
    List<String> found = new ArrayList<>();
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : (Iterable<Path>) procs::iterator) {
        if (!p.getFileName().toString().chars().allMatch(Character::isDigit)) {
          continue;
        }
        try {
          String cmdline = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8);
          if (cmdline.contains(marker) && !cmdline.contains(ContainmentRunner.class.getName())) {
            found.add(p.getFileName() + ": " + cmdline.replace('\0', ' '));
          }
        } catch (IOException ignored) { // the process ended meanwhile
        }
      }
    } catch (IOException e) {
      found.add("cannot list /proc: " + e);
    }
    return found;
  }

  /** A non-loopback IPv4 address of this host, or 127.0.0.1 when there is none. */
  private static String hostAddress() throws IOException {
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (nic.isLoopback() || !nic.isUp()) {
        continue;
      }
      for (InetAddress a : Collections.list(nic.getInetAddresses())) {
        if (a instanceof Inet4Address) {
          return a.getHostAddress();
        }
      }
    }
    return "127.0.0.1";
  }

  private static void daemon(Runnable r) {
    Thread t = new Thread(r, "containment-listener");
    t.setDaemon(true);
    t.start();
  }

  private static Path mkdir(Path p, String perms) throws IOException {
    Files.createDirectories(p);
    chmod(p, perms);
    return p;
  }

  private static void chmod(Path p, String perms) throws IOException {
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
