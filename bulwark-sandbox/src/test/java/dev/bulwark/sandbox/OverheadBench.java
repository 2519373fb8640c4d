package dev.bulwark.sandbox;

import dev.bulwark.sandbox.internal.PythonInstall;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the sandbox's start-up cost: the median wall time of {@code print('hi')} run through
 * {@link Sandbox#run} against the same interpreter started directly, both from this JVM. Not a test;
 * run it by hand (see docs/sandbox.md). Argument: the number of runs of each (default 15).
 */
public final class OverheadBench {

  private OverheadBench() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    Path python = PythonInstall.resolve(args.length > 1 ? Path.of(args[1]) : null).executable();
    Path script = Files.createTempFile("hi", ".py");
    Files.writeString(script, "print('hi')\n");
    SandboxRequest request = SandboxRequest.of(script).withPython(python);
    List<Long> plain = new ArrayList<>();
    List<Long> sandboxed = new ArrayList<>();
    String mechanism = "";
    for (int i = 0; i < runs + 2; i++) { // two warm-up rounds, not counted
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(python.toString(), script.toString())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectInput(new File("/dev/null")).start();
      p.waitFor();
      long t1 = System.nanoTime();
      SandboxResult r = Sandbox.run(request);
      long t2 = System.nanoTime();
      if (r.status() != Status.OK) {
        throw new IllegalStateException("sandboxed run failed: " + SandboxReport.text(r));
      }
      mechanism = r.limits().get(3).mechanism();
      if (i >= 2) {
        plain.add((t1 - t0) / 1000);
        sandboxed.add((t2 - t1) / 1000);
      }
    }
    Files.delete(script);
    long a = median(plain);
    long b = median(sandboxed);
    System.out.printf(Locale.ROOT, "python %s, %d runs each, limits by %s%n", python, runs, mechanism);
    System.out.printf(Locale.ROOT, "plain python3:  median %.1f ms%n", a / 1000.0);
    System.out.printf(Locale.ROOT, "sandboxed:      median %.1f ms%n", b / 1000.0);
    System.out.printf(Locale.ROOT, "overhead:       %.1f ms (x%.1f)%n", (b - a) / 1000.0, (double) b / a);
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
