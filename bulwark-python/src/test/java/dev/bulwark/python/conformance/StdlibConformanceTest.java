package dev.bulwark.python.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The acceptance check for the parser: every .py file of the CPython 3.13 and 3.11 standard
 * libraries must give exactly CPython 3.13's {@code ast.dump(..., include_attributes=True)}, and
 * every file CPython 3.13 rejects must be rejected on the same line.
 *
 * <p>Needs CPython 3.13 for the reference side and skips without it. Properties:
 * {@code conformance.extraDirs} (path-separator list of more roots), {@code conformance.stdlib}
 * ({@code false} to check only the extra roots), {@code conformance.python} (interpreter to use),
 * {@code conformance.report} (how many mismatches to print, default 20).
 */
class StdlibConformanceTest {

  @Test
  @Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void everyFileParsesExactlyAsCPython313() throws Exception {
    Optional<PythonInstall> python = PythonInstall.cpython313();
    Optional<Path> tools = RepoLayout.conformanceTools();
    if (python.isEmpty() || tools.isEmpty()) {
      System.out.println("conformance: SKIPPED, " + (python.isEmpty()
          ? "no CPython 3.13 (looked for " + PythonInstall.searched() + ")"
          : "tools/conformance/reference_dump.py not found above " + Paths.get("").toAbsolutePath()));
    }
    assumeTrue(python.isPresent(), "CPython 3.13 is not installed");
    assumeTrue(tools.isPresent(), "tools/conformance is not reachable");

    List<Path> roots = roots(python.get());
    assumeTrue(!roots.isEmpty(), "nothing to check");
    System.out.println("conformance: reference " + python.get().executable() + " " + python.get().version() + ", roots " + roots);

    Path reference = ReferenceCache.ensure(python.get(), tools.get().resolve("reference_dump.py"), roots);
    ConformanceReport report = ConformanceRun.check(reference, Runtime.getRuntime().availableProcessors());

    int limit = Integer.getInteger("conformance.report", 20);
    System.out.print(report.render(limit));
    Path all = RepoLayout.targetDir().resolve("conformance/mismatches.txt");
    Files.writeString(all, report.render(Integer.MAX_VALUE), StandardCharsets.UTF_8);
    // The report above already shows the mismatches; the assertion message stays one line.
    assertThat(report.mismatches().size())
        .as("%s (all of them in %s)", report.summaryLine(), all)
        .isZero();
  }

  /** The 3.13 and 3.11 standard libraries (unless turned off), then any extra roots. */
  private static List<Path> roots(PythonInstall reference) {
    List<Path> roots = new ArrayList<>();
    if (Boolean.parseBoolean(System.getProperty("conformance.stdlib", "true"))) {
      roots.add(reference.stdlib());
      Optional<PythonInstall> py311 = PythonInstall.ofMinorVersion("3.11");
      if (py311.isPresent()) {
        roots.add(py311.get().stdlib());
      } else {
        System.out.println("conformance: no CPython 3.11 found; checking the 3.13 standard library only");
      }
    }
    String extra = System.getProperty("conformance.extraDirs", "");
    Arrays.stream(extra.split(File.pathSeparator))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> Paths.get(s).toAbsolutePath().normalize())
        .forEach(roots::add);
    return roots;
  }
}
