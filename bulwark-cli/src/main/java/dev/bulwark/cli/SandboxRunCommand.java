package dev.bulwark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.sandbox.Limits;
import dev.bulwark.sandbox.Sandbox;
import dev.bulwark.sandbox.SandboxReport;
import dev.bulwark.sandbox.SandboxRequest;
import dev.bulwark.sandbox.SandboxResult;
import dev.bulwark.sandbox.SandboxUnavailableException;
import dev.bulwark.sandbox.Status;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bulwark sandbox run SCRIPT [ARGS...]}: runs a Python script in the sandbox and reports what
 * happened, as text or JSON.
 */
@Command(
    name = "run",
    sortOptions = false,
    description = {
      "Run a Python script confined: nested bubblewrap with every namespace unshared and no network, "
          + "a seccomp filter, an empty environment, a read-only system, tmpfs work directory (the current "
          + "directory of the script) and /tmp, privileges dropped when started as root, and limits on time, "
          + "memory, processes, file size, open files and output.",
      "Everything after SCRIPT is passed to the script. See docs/sandbox.md.",
      "",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the script exited 0 within every limit (status ok)",
      "1:the script failed or broke a limit (status error, timeout, memory, pids, signal or output_truncated)",
      "2:usage error (unknown option, bad value, missing script or input)",
      "3:internal error in Bulwark (please report it)",
      "4:refused: bubblewrap or user namespaces are missing here (install bubblewrap; or --allow-weaker)",
      "5:the sandbox could not be set up (status sandbox_error)",
    })
final class SandboxRunCommand implements Callable<Integer> {

  static final int REFUSED = 4;
  static final int SANDBOX_ERROR = 5;

  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kKmMgG]?)(i?[bB])?");
  private static final Pattern TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?");

  /** What runs a request: {@link Sandbox#run}, or a stand-in in tests. */
  interface Runner {
    SandboxResult run(SandboxRequest request) throws SandboxUnavailableException, IOException;
  }

  private final Runner runner;

  SandboxRunCommand() {
    this(Sandbox::run);
  }

  SandboxRunCommand(Runner runner) {
    this.runner = runner;
  }

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Parameters(index = "0", paramLabel = "SCRIPT", description = "The Python script to run.")
  private Path script;

  @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments of the script.")
  private List<String> args = new ArrayList<>();

  @Option(names = "--python", paramLabel = "PATH",
      description = "The interpreter (default: python3 on PATH). Its installation is mounted read-only.")
  private Path python;

  @Option(names = "--env", paramLabel = "NAME=VALUE",
      description = "Set a variable in the script's environment, which is otherwise empty (repeatable).")
  private Map<String, String> env = new LinkedHashMap<>();

  @Option(names = "--input", paramLabel = "FILE",
      description = "Copy FILE into the work directory under its own name before the run (repeatable).")
  private List<Path> inputs = new ArrayList<>();

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "Copy the regular files the script leaves in its work directory to DIR "
          + "(never links, devices or fifos).")
  private Path outputDir;

  @Option(names = "--timeout", paramLabel = "TIME", description = "Wall-clock limit, e.g. 10, 2.5s, 500ms (default 10s).")
  private String timeout;

  @Option(names = "--memory", paramLabel = "SIZE", description = "Memory limit, e.g. 256M (default 256M).")
  private String memory;

  @Option(names = "--pids", paramLabel = "N", description = "Processes and threads at once (default 64).")
  private Integer pids;

  @Option(names = "--work-size", paramLabel = "SIZE", description = "Size of the work directory (default 64M).")
  private String workSize;

  @Option(names = "--tmp-size", paramLabel = "SIZE", description = "Size of /tmp and of /dev/shm (default 64M).")
  private String tmpSize;

  @Option(names = "--file-size", paramLabel = "SIZE", description = "Largest file the script may write (default 32M).")
  private String fileSize;

  @Option(names = "--open-files", paramLabel = "N", description = "Open descriptors per process (default 256).")
  private Integer openFiles;

  @Option(names = "--output-limit", paramLabel = "SIZE",
      description = "Bytes kept of each of stdout and stderr; the rest is counted and dropped (default 1M).")
  private String outputLimit;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "The report: text (default) or json (with stdout and stderr in it).")
  private String format;

  @Option(names = "--stream",
      description = "Pass the script's output through as it comes (within the output limit) instead of "
          + "holding it for the report. With --format text the report then goes to standard error; with json "
          + "the script's output goes to standard error and the report to standard output.")
  private boolean stream;

  @Option(names = "--trace",
      description = "Record a behaviour log (imports, file opens, sockets, subprocesses) through PEP 578 audit "
          + "hooks. The guest reports it about itself: evidence, not a boundary.")
  private boolean trace;

  @Option(names = "--scan",
      description = "First run Bulwark's code rules on the script and show what it appears to attempt "
          + "(network, subprocess, file writes, deserialization).")
  private boolean scan;

  @Option(names = "--allow-weaker",
      description = "Where bubblewrap or user namespaces are missing, run anyway with only an empty environment, "
          + "a temporary directory and rlimits. NOT isolated; the report says so.")
  private boolean allowWeaker;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean json = switch (format) {
      case "json" -> true;
      case "text" -> false;
      default -> throw new ParameterException(spec.commandLine(), "Unknown --format '" + format + "' (text or json)");
    };
    if (!Files.isRegularFile(script)) {
      throw new ParameterException(spec.commandLine(), "No such script: " + script);
    }
    for (Path input : inputs) {
      if (!Files.isRegularFile(input)) {
        throw new ParameterException(spec.commandLine(), "No such input file: " + input);
      }
    }
    Limits limits = limits();
    List<SandboxPreCheck.Attempt> attempts = List.of();
    if (scan) {
      try {
        attempts = SandboxPreCheck.check(Files.readAllBytes(script), script.toString());
      } catch (IOException e) {
        err.println("bulwark sandbox run: cannot read " + script + ": " + e.getMessage());
        return ExitCode.USAGE;
      }
      if (!json) {
        printAttempts(attempts, stream ? err : out);
      }
    }
    out.flush();
    SandboxRequest request = SandboxRequest.of(script).withArgs(args).withPython(python).withEnv(env)
        .withInputs(inputs).withOutputDir(outputDir).withLimits(limits).withTrace(trace)
        .withAllowWeaker(allowWeaker);
    if (stream) {
      OutputStream stdout = new FileOutputStream(FileDescriptor.out);
      OutputStream stderr = new FileOutputStream(FileDescriptor.err);
      request = request.withStreams(json ? stderr : stdout, stderr);
    }
    SandboxResult result;
    try {
      if (outputDir != null) {
        Files.createDirectories(outputDir);
      }
      result = runner.run(request);
    } catch (SandboxUnavailableException e) {
      err.println("bulwark sandbox run: " + e.getMessage());
      err.println("Install bubblewrap (Debian/Ubuntu: apt-get install bubblewrap) on a kernel with user "
          + "namespaces, or pass --allow-weaker to run without isolation.");
      return REFUSED;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    } catch (IOException e) {
      err.println("bulwark sandbox run: " + e.getMessage());
      return SANDBOX_ERROR;
    }
    if (json) {
      ObjectNode tree = SandboxReport.tree(result);
      if (scan) {
        ArrayNode pre = tree.putArray("precheck");
        for (SandboxPreCheck.Attempt a : attempts) {
          pre.addObject().put("category", a.category()).put("line", a.line()).put("detail", a.detail());
        }
      }
      try {
        out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    } else if (stream) {
      err.print(SandboxReport.text(result));
    } else {
      out.println("== stdout (" + result.stdoutBytes() + " bytes" + (result.stdoutTruncated() ? ", truncated" : "")
          + ") ==");
      out.print(new String(result.stdout(), StandardCharsets.UTF_8));
      out.println("== stderr (" + result.stderrBytes() + " bytes" + (result.stderrTruncated() ? ", truncated" : "")
          + ") ==");
      out.print(new String(result.stderr(), StandardCharsets.UTF_8));
      out.println("== report ==");
      out.print(SandboxReport.text(result));
    }
    out.flush();
    err.flush();
    return result.status() == Status.OK ? ExitCode.OK
        : result.status() == Status.SANDBOX_ERROR ? SANDBOX_ERROR : ExitCode.FINDINGS;
  }

  private static void printAttempts(List<SandboxPreCheck.Attempt> attempts, PrintWriter to) {
    to.println("== pre-check (static: what the script appears to attempt) ==");
    if (attempts.isEmpty()) {
      to.println("nothing notable");
    }
    for (SandboxPreCheck.Attempt a : attempts) {
      to.println("line " + a.line() + ": " + a.category() + ": " + a.detail());
    }
    to.flush();
  }

  /** The defaults, with each limit given on the command line in place of its default. */
  private Limits limits() {
    Limits d = Limits.defaults();
    try {
      return new Limits(
          timeout == null ? d.timeout() : duration("--timeout", timeout),
          size("--memory", memory, d.memoryBytes()),
          pids == null ? d.processes() : pids,
          size("--work-size", workSize, d.workDirBytes()),
          size("--tmp-size", tmpSize, d.tmpBytes()),
          size("--file-size", fileSize, d.fileBytes()),
          openFiles == null ? d.openFiles() : openFiles,
          size("--output-limit", outputLimit, d.outputBytes()));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** {@code text} read as a size, or {@code otherwise} when the option was not given. */
  private long size(String option, String text, long otherwise) {
    return text == null ? otherwise : size(option, text);
  }

  private Duration duration(String option, String text) {
    Matcher m = TIME.matcher(text.trim());
    if (!m.matches()) {
      throw new ParameterException(spec.commandLine(), "Bad " + option + " '" + text + "' (e.g. 10, 2.5s, 500ms)");
    }
    double value = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    long millis = Math.round(value * (unit.equals("ms") ? 1 : unit.equals("m") ? 60_000 : 1000));
    return Duration.ofMillis(millis);
  }

  private long size(String option, String text) {
    Matcher m = SIZE.matcher(text.trim());
    if (!m.matches()) {
      throw new ParameterException(spec.commandLine(), "Bad " + option + " '" + text + "' (e.g. 256M, 1G, 65536)");
    }
    long value = Long.parseLong(m.group(1));
    return switch (m.group(2).toUpperCase(Locale.ROOT)) {
      case "K" -> value << 10;
      case "M" -> value << 20;
      case "G" -> value << 30;
      default -> value;
    };
  }
}
