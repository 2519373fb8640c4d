package dev.bulwark.python.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Produces CPython's reference results for a set of roots, once: the output of
 * {@code reference_dump.py} is kept under {@code target/conformance}, named by a key over the
 * interpreter, the script and every input file's name, size and modification time. Any change to
 * those makes a new run; nothing else does, so repeated test runs skip the minute CPython needs.
 */
final class ReferenceCache {

  /** Directory names the walk does not enter below a root, as the script also does. */
  static final String SKIPPED_DIR = "site-packages";

  private static final long SCRIPT_TIMEOUT_SECONDS = 15 * 60;
  private static final int KEPT = 2;

  private ReferenceCache() {}

  /** The reference file for {@code roots}, running the script when no current one exists. */
  static Path ensure(PythonInstall python, Path script, List<Path> roots) throws IOException {
    Path dir = RepoLayout.targetDir().resolve("conformance");
    Files.createDirectories(dir);
    Path file = dir.resolve("reference-" + key(python, script, roots) + ".jsonl.gz");
    if (Files.isRegularFile(file)) {
      System.out.println("conformance: reusing CPython results " + file.getFileName());
      return file;
    }
    deleteStale(dir);
    List<String> command = new ArrayList<>(List.of(python.executable().toString(), script.toString(), "--out", file.toString()));
    command.add("--skip-dir");
    command.add(SKIPPED_DIR);
    roots.forEach(r -> command.add(r.toString()));
    Path log = dir.resolve("reference_dump.log");
    long started = System.nanoTime();
    var result = ProcessRunner.run(command, Map.of(), SCRIPT_TIMEOUT_SECONDS, log);
    if (result.isEmpty() || result.get().exitCode() != 0 || !Files.isRegularFile(file)) {
      throw new IOException("reference_dump.py failed (" + result.map(r -> "exit " + r.exitCode()).orElse("timed out")
          + "); see " + log + ":\n" + tail(log));
    }
    System.out.printf("conformance: CPython %s reference side took %.1fs (%s)%n",
        python.version(), (System.nanoTime() - started) / 1e9, tail(log).strip());
    return file;
  }

  private static String key(PythonInstall python, Path script, List<Path> roots) throws IOException {
    MessageDigest sha = sha256();
    update(sha, python.executable() + "\n" + python.version() + "\n");
    sha.update(Files.readAllBytes(script));
    for (Path root : roots) {
      update(sha, "root " + root.toAbsolutePath() + "\n");
      fingerprint(root, sha);
    }
    return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }

  /** Folds the name, size and mtime of every .py file under {@code root} into the digest. */
  private static void fingerprint(Path root, MessageDigest sha) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    List<String> entries = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        boolean skip = !dir.equals(root) && dir.getFileName().toString().equals(SKIPPED_DIR);
        return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (file.getFileName().toString().endsWith(".py")) {
          entries.add(root.relativize(file) + " " + attrs.size() + " " + attrs.lastModifiedTime().toMillis());
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
    entries.sort(null);
    entries.forEach(e -> update(sha, e + "\n"));
  }

  /**
   * Keeps the two newest reference files besides the one about to be written, so switching
   * between the standard libraries and an extra directory does not redo either.
   */
  private static void deleteStale(Path dir) throws IOException {
    List<Path> old;
    try (Stream<Path> files = Files.list(dir)) {
      old = files.filter(p -> p.getFileName().toString().matches("reference-\\w+\\.jsonl\\.gz"))
          .sorted(Comparator.comparing(ReferenceCache::modified).reversed())
          .collect(Collectors.toList());
    }
    for (Path p : old.subList(Math.min(KEPT, old.size()), old.size())) {
      Files.deleteIfExists(p);
    }
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }

  private static void update(MessageDigest sha, String s) {
    sha.update(s.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
