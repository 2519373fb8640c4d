package dev.bulwark.deps.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.deps.manifest.Dependency;
import dev.bulwark.deps.store.AdvisoryStore;
import dev.bulwark.deps.store.Fixtures;
import dev.bulwark.deps.store.StoreImporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit against the whole PyPA snapshot must give, for every (package, version) pair of
 * expected/pypa-affected.tsv, exactly the advisories tools/deps/expected_affected.py computed with
 * pip's packaging library: none missed, no withdrawn one, one finding per alias group.
 */
class PypaExpectationsTest {

  @TempDir Path tmp;

  record Expected(String pkg, String version, List<String> ids, int groups) {}

  @Test
  void everyPairMatchesTheIndependentComputation() throws Exception {
    Optional<Path> zip = Fixtures.shared("pypa-advisory-db-osv-json.zip");
    assumeTrue(zip.isPresent(), "shared/data is not next to the repository");
    new StoreImporter(Fixtures.CLOCK).importInput(zip.get(), tmp.resolve("db"));
    AdvisoryStore store = AdvisoryStore.open(tmp.resolve("db"));

    List<Expected> expected = load();
    assertThat(expected).hasSizeGreaterThan(3000);
    List<Dependency> deps = expected.stream().map(e -> AuditTest.pinned(e.pkg(), e.version())).toList();
    AuditResult result = Audit.run(deps, store, MarkerFilter.ALL_ENVIRONMENTS);

    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      Expected e = expected.get(i);
      PackageResult r = result.packages().get(i);
      TreeSet<String> got = new TreeSet<>();
      r.findings().forEach(f -> got.addAll(f.advisories()));
      if (!got.equals(new TreeSet<>(e.ids())) || r.findings().size() != e.groups()) {
        mismatches.add(e + " got " + got + " in " + r.findings().size() + " groups");
      }
    }
    assertThat(mismatches).isEmpty();
  }

  private static List<Expected> load() throws IOException {
    try (InputStream in = PypaExpectationsTest.class.getResourceAsStream("/expected/pypa-affected.tsv")) {
      List<Expected> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        List<String> ids = f[2].isEmpty() ? List.of() : Arrays.asList(f[2].split(","));
        out.add(new Expected(f[0], f[1], ids, Integer.parseInt(f[3])));
      }
      return out;
    }
  }
}
