package dev.bulwark.deps.store;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test inputs: the OSV fixtures in src/test/resources, and the shared advisory data when present. */
public final class Fixtures {

  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  private Fixtures() {}

  /** The directory of small OSV JSON fixtures (two of which are invalid on purpose). */
  public static Path osvDir() {
    return resource("/osv");
  }

  /** A PyPA-style directory: vulns/other-pkg/PYSEC-0000-6.yaml. */
  public static Path pypaDir() {
    return resource("/pypa");
  }

  /** The fixtures zipped the way the OSV export is laid out (ID.json at the root). */
  public static Path osvZip(Path into) throws IOException {
    Path zip = into.resolve("fixtures.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
        Stream<Path> files = Files.list(osvDir())) {
      for (Path p : files.sorted().toList()) {
        out.putNextEntry(new ZipEntry(p.getFileName().toString()));
        Files.copy(p, out);
        out.closeEntry();
      }
    }
    return zip;
  }

  /** A store built from the fixtures in a new directory under {@code tmp}. */
  public static Path fixtureStore(Path tmp) throws Exception {
    Path store = tmp.resolve("db");
    new StoreImporter(CLOCK).importInput(osvDir(), store);
    return store;
  }

  /** {@code shared/data/NAME} next to the repository, when it is there. */
  public static Optional<Path> shared(String name) {
    Path at = Path.of("").toAbsolutePath();
    for (; at != null; at = at.getParent()) {
      Path candidate = at.resolve("shared").resolve("data").resolve(name);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  static void writeBytes(Path file, byte[] bytes) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(bytes);
    }
  }

  static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file);
  }

  private static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
