package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxRunCommandTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static Cli.Result sandbox(Object... args) {
    String[] all = new String[args.length + 2];
    all[0] = "sandbox";
    all[1] = "run";
    for (int i = 0; i < args.length; i++) {
      all[i + 2] = args[i].toString();
    }
    return Cli.run(ParserFunction.PYTHON, all);
  }

  private static void assumeSandbox() {
    assumeTrue(System.getProperty("os.name", "").equals("Linux"), "the sandbox needs Linux");
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/bwrap")) || Files.isExecutable(Path.of("/bin/bwrap")),
        "bubblewrap is not installed");
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "/usr/bin/python3 is not installed");
  }

  @Test
  void runsAScriptAndReportsAsJson() throws Exception {
    assumeSandbox();
    Path script = write("s.py", "import os, sys\nprint('hi', sys.argv[1:], os.environ.get('GREETING'))\n"
        + "open('out.txt', 'w').write(open('in.txt').read().upper())\n");
    Path input = write("in.txt", "data");
    Path out = dir.resolve("out");
    Cli.Result r = sandbox("--format", "json", "--python", "/usr/bin/python3", "--env", "GREETING=hello",
        "--input", input, "--output-dir", out, "--timeout", "5", script, "a", "--b");
    assertThat(r.exitCode()).as(r.err() + r.out()).isZero();
    JsonNode report = new ObjectMapper().readTree(r.out());
    if (report.path("status").asText().equals("sandbox_error")) {
      assumeTrue(false, "user namespaces do not work here: " + report.path("message").asText());
    }
    assertThat(report.path("status").asText()).isEqualTo("ok");
    assertThat(report.path("stdout").path("text").asText()).isEqualTo("hi ['a', '--b'] hello\n");
    assertThat(report.path("files").path("returned").toString()).contains("out.txt");
    assertThat(Files.readString(out.resolve("out.txt"))).isEqualTo("DATA");
    assertThat(report.path("layers").toString()).contains("seccomp");
    assertThat(report.path("limits").toString()).contains("memory_bytes");
  }

  @Test
  void aFailingScriptExitsOneAndTheTextReportShowsItsOutput() throws Exception {
    assumeSandbox();
    Path script = write("fail.py", "import sys\nprint('out')\nsys.exit(7)\n");
    Cli.Result r = sandbox("--python", "/usr/bin/python3", "--timeout", "5", script);
    assumeTrue(!r.out().contains("sandbox_error"), "user namespaces do not work here");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("== stdout (4 bytes) ==\nout\n").contains("status: error (exit code 7)");
  }

  @Test
  void scanShowsWhatTheScriptAppearsToAttempt() throws Exception {
    assumeSandbox();
    Path script = write("net.py", "import socket\nimport subprocess\nwith open('x', 'w') as f:\n    pass\n");
    Cli.Result r = sandbox("--scan", "--python", "/usr/bin/python3", "--timeout", "5", script);
    assertThat(r.out()).contains("pre-check").contains("line 1: network: imports socket")
        .contains("line 2: subprocess: imports subprocess").contains("line 3: file writes: open() for writing");
  }

  @Test
  void preCheckNeedsNoSandbox() {
    List<SandboxPreCheck.Attempt> attempts = SandboxPreCheck.check(
        "import pickle\nimport os\nos.system('ls')\nopen(p)\nopen(p, mode='a')\n".getBytes(), "x.py");
    assertThat(attempts).extracting(SandboxPreCheck.Attempt::category)
        .contains("deserialization", "subprocess", "file writes");
    assertThat(attempts).filteredOn(a -> a.category().equals("file writes")).singleElement()
        .extracting(SandboxPreCheck.Attempt::line).isEqualTo(5);
  }

  @Test
  void badValuesAreUsageErrors() throws Exception {
    Path script = write("s.py", "pass\n");
    assertThat(sandbox("--timeout", "soon", script).exitCode()).isEqualTo(2);
    assertThat(sandbox("--memory", "lots", script).err()).contains("Bad --memory 'lots'");
    assertThat(sandbox("--format", "xml", script).err()).contains("Unknown --format 'xml'");
    assertThat(sandbox(dir.resolve("missing.py")).err()).contains("No such script");
    assertThat(sandbox("--input", dir.resolve("nope.txt"), script).exitCode()).isEqualTo(2);
    assertThat(sandbox("--memory", "1M", script).err()).contains("at least 16 MiB");
  }

  @Test
  void refusesWithExitCodeFourAndSaysHowToInstallBubblewrap() throws Exception {
    Path script = write("s.py", "print(1)\n");
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cmd = new picocli.CommandLine(new SandboxRunCommand(request -> {
      throw new dev.bulwark.sandbox.SandboxUnavailableException("refusing to run unconfined: bubblewrap is missing");
    }));
    cmd.setOut(new java.io.PrintWriter(out, true)).setErr(new java.io.PrintWriter(err, true))
        .setParameterExceptionHandler(new CliErrors()).setExecutionExceptionHandler(new CliErrors());
    int code = cmd.execute(script.toString());
    assertThat(code).isEqualTo(4);
    assertThat(err.toString()).contains("refusing to run unconfined").contains("apt-get install bubblewrap")
        .contains("--allow-weaker");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void helpListsTheExitCodes() {
    Cli.Result r = sandbox("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("4   refused").contains("5   the sandbox could not be set up");
  }
}
