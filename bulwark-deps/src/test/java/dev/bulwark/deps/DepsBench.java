package dev.bulwark.deps;

import dev.bulwark.deps.audit.Audit;
import dev.bulwark.deps.audit.AuditResult;
import dev.bulwark.deps.audit.MarkerFilter;
import dev.bulwark.deps.manifest.Dependency;
import dev.bulwark.deps.manifest.SourceLocation;
import dev.bulwark.deps.store.AdvisoryStore;
import dev.bulwark.deps.store.ImportResult;
import dev.bulwark.deps.store.StoreImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Times {@code db import} of an advisory file and an audit of 500 pinned packages against the
 * resulting store. Not a test: run it by hand, e.g.
 * {@code java -cp bulwark-deps/target/classes:bulwark-deps/target/test-classes:<deps> dev.bulwark.deps.DepsBench FILE}.
 */
public final class DepsBench {

  private DepsBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--audit-only")) {
      // a cold JVM, as the command line meets it: open the store, audit once
      List<Dependency> deps = fiveHundred(AdvisoryStore.open(Path.of(args[1])));
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      AdvisoryStore opened = AdvisoryStore.open(Path.of(args[1])); // no record read yet
      long t1 = System.nanoTime();
      AuditResult result = Audit.run(deps, opened, MarkerFilter.ALL_ENVIRONMENTS);
      long t2 = System.nanoTime();
      long c2 = threads.getCurrentThreadCpuTime();
      // CPU time says what the audit costs on a machine that is busy with other work
      System.out.printf("cold audit of %d packages: open %d ms, audit %d ms (open + audit: %d ms CPU), %d findings%n",
          deps.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (c2 - c0) / 1_000_000, result.findingCount());
      return;
    }
    Path input = Path.of(args.length > 0 ? args[0] : "../shared/data/pypa-advisory-db-osv-json.zip");
    Path store = Files.createTempDirectory("bulwark-bench").resolve("db");
    System.out.println("store: " + store);
    for (int round = 1; round <= 3; round++) {
      long t0 = System.nanoTime();
      ImportResult imported = new StoreImporter(Clock.systemUTC()).importInput(input, store);
      long t1 = System.nanoTime();
      System.out.printf("import %s: %d records, %d packages, %d problems in %d ms%n", input.getFileName(),
          imported.meta().records(), imported.meta().packages(), imported.problems().size(), (t1 - t0) / 1_000_000);
    }
    for (int round = 1; round <= 5; round++) {
      long t0 = System.nanoTime();
      AdvisoryStore opened = AdvisoryStore.open(store); // fresh: nothing cached
      List<Dependency> deps = fiveHundred(opened);
      AuditResult result = Audit.run(deps, opened, MarkerFilter.ALL_ENVIRONMENTS);
      long t1 = System.nanoTime();
      System.out.printf("audit of %d packages (store opened fresh): %d findings in %d ms%n", deps.size(),
          result.findingCount(), (t1 - t0) / 1_000_000);
    }
  }

  /** 500 pinned packages: the store's packages at their first listed version, then unknown names. */
  private static List<Dependency> fiveHundred(AdvisoryStore store) throws Exception {
    List<Dependency> deps = new ArrayList<>();
    SourceLocation where = new SourceLocation(Path.of("requirements.txt"), 0);
    for (String name : store.packages()) {
      if (deps.size() == 400) {
        break;
      }
      String version = "1.0";
      for (String id : store.idsFor(name)) {
        var versions = store.record(id).orElseThrow().affected().get(0).versions();
        if (!versions.isEmpty()) {
          version = versions.get(0);
          break;
        }
      }
      deps.add(new Dependency(name, Optional.of(version), "==" + version, Optional.empty(), "main", where));
    }
    for (int i = 0; deps.size() < 500; i++) {
      deps.add(new Dependency("no-advisory-pkg-" + i, Optional.of("1.0"), "==1.0", Optional.empty(), "main", where));
    }
    return deps;
  }
}
