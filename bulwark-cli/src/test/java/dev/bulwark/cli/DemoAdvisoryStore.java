package dev.bulwark.cli;

import dev.bulwark.deps.store.StoreImporter;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The advisory store the command tests audit against, imported from the seven demo OSV records in
 * {@code src/test/resources/deps/osv}: PYSEC-2099-1 (alias GHSA-d1d1-d1d1-d1d1) affects django before
 * 2.2.28, PYSEC-2099-2 jinja2 before 2.10.1, PYSEC-2099-4 (withdrawn) every requests, and others.
 */
final class DemoAdvisoryStore {
  private DemoAdvisoryStore() {}

  /** Imports the demo records into {@code dir}/db and returns that store directory. */
  static Path build(Path dir, Clock clock) throws Exception {
    Path db = dir.resolve("db");
    Path osv = Path.of(DemoAdvisoryStore.class.getResource("/deps/osv").toURI());
    new StoreImporter(clock).importInput(osv, db);
    return db;
  }
}
