package dev.bulwark.deps.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reads the advisory files out of an import input: an OSV zip of {@code *.json}, a {@code .tar.gz}
 * of the PyPA repository ({@code vulns/**}{@code /*.yaml}), a directory (its {@code vulns/} when it has
 * one), or a single {@code .json} / {@code .yaml} record. It hands over raw bytes; parsing is the
 * importer's job. An entry that cannot be read is a problem for that entry; an archive that cannot
 * be read at all (not a zip, a truncated gzip stream) fails the whole input, because storing what
 * came before the damage would silently drop advisories.
 */
final class AdvisoryInput {

  /** Larger entries are not advisories (and could be a decompression bomb). */
  static final int MAX_ENTRY_BYTES = 16 << 20;

  /** One file found in the input. */
  record Entry(String name, byte[] bytes, boolean yaml) {}

  /** What was found: the entries, the per-entry problems, the input's kind and checksum. */
  record Contents(String kind, String sha256, List<Entry> entries, List<ImportProblem> problems) {}

  private AdvisoryInput() {}

  static Contents read(Path input) throws StoreException {
    if (Files.isDirectory(input)) {
      return readDirectory(input);
    }
    if (!Files.isRegularFile(input)) {
      throw new StoreException(input + ": no such file or directory");
    }
    String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
    byte[] magic = magic(input);
    if (name.endsWith(".zip") || (magic[0] == 'P' && magic[1] == 'K')) {
      return readZip(input);
    }
    if (name.endsWith(".tar.gz") || name.endsWith(".tgz") || ((magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b)) {
      return readTarball(input);
    }
    if (isAdvisoryName(name)) {
      byte[] bytes = readFile(input);
      return new Contents(name.endsWith(".json") ? "json" : "yaml", sha256(bytes),
          List.of(new Entry(input.toString(), bytes, !name.endsWith(".json"))), List.of());
    }
    throw new StoreException(input + ": not an advisory input (expected a .zip of OSV JSON, a .tar.gz or "
        + "directory of vulns/**/*.yaml, or a single .json record)");
  }

  private static Contents readZip(Path input) throws StoreException {
    List<Entry> entries = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    String sha = sha256(input);
    try (ZipFile zip = new ZipFile(input.toFile())) {
      Enumeration<? extends ZipEntry> all = zip.entries();
      while (all.hasMoreElements()) {
        ZipEntry e = all.nextElement();
        if (e.isDirectory() || !isAdvisoryName(e.getName())) {
          continue;
        }
        String where = input.getFileName() + "!" + e.getName();
        if (e.getSize() > MAX_ENTRY_BYTES) {
          problems.add(new ImportProblem(where, "entry too large (" + e.getSize() + " bytes)"));
          continue;
        }
        try (InputStream in = zip.getInputStream(e)) {
          entries.add(new Entry(where, readAtMost(in, where), isYaml(e.getName())));
        } catch (IOException ex) {
          problems.add(new ImportProblem(where, "unreadable entry: " + message(ex)));
        }
      }
    } catch (ZipException e) {
      throw new StoreException(input + ": not a readable zip archive (" + message(e) + ")", e);
    } catch (IOException e) {
      throw new StoreException(input + ": cannot read (" + message(e) + ")", e);
    }
    return new Contents("osv-zip", sha, entries, problems);
  }

  private static Contents readTarball(Path input) throws StoreException {
    List<Entry> entries = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    String sha = sha256(input);
    try (InputStream file = new BufferedInputStream(Files.newInputStream(input));
        TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        if (!e.isFile() || !isAdvisoryName(e.getName()) || !underVulns(e.getName())) {
          continue;
        }
        String where = input.getFileName() + "!" + e.getName();
        if (e.getSize() > MAX_ENTRY_BYTES) {
          problems.add(new ImportProblem(where, "entry too large (" + e.getSize() + " bytes)"));
          continue;
        }
        entries.add(new Entry(where, readAtMost(tar, where), isYaml(e.getName())));
      }
    } catch (IOException e) {
      throw new StoreException(input + ": not a readable .tar.gz archive (" + message(e) + "; "
          + entries.size() + " entries were read before the error)", e);
    }
    if (entries.isEmpty()) {
      problems.add(new ImportProblem(input.toString(), "no vulns/**/*.yaml entries in the archive"));
    }
    return new Contents("pypa-tarball", sha, entries, problems);
  }

  private static Contents readDirectory(Path dir) throws StoreException {
    Path root = Files.isDirectory(dir.resolve("vulns")) ? dir.resolve("vulns") : dir;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> isAdvisoryName(p.getFileName().toString()))
          .sorted()
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new StoreException(dir + ": cannot list the directory (" + e.getMessage() + ")", e);
    }
    List<Entry> entries = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    MessageDigest digest = newDigest();
    for (Path p : files) {
      String rel = root.relativize(p).toString().replace('\\', '/');
      try {
        byte[] bytes = readFile(p);
        digest.update(rel.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(bytes);
        entries.add(new Entry(p.toString(), bytes, isYaml(rel)));
      } catch (StoreException e) {
        problems.add(new ImportProblem(p.toString(), e.getMessage()));
      }
    }
    return new Contents("directory", HexFormat.of().formatHex(digest.digest()), entries, problems);
  }

  static boolean isAdvisoryName(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    String file = lower.substring(lower.lastIndexOf('/') + 1);
    return !file.startsWith(".") && (file.endsWith(".json") || file.endsWith(".yaml") || file.endsWith(".yml"));
  }

  private static boolean isYaml(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  /** The PyPA layout puts advisories under {@code vulns/}, possibly below a top directory. */
  private static boolean underVulns(String path) {
    return path.startsWith("vulns/") || path.contains("/vulns/");
  }

  private static byte[] readAtMost(InputStream in, String where) throws IOException {
    byte[] bytes = in.readNBytes(MAX_ENTRY_BYTES + 1);
    if (bytes.length > MAX_ENTRY_BYTES) {
      throw new IOException(where + ": entry too large");
    }
    return bytes;
  }

  private static byte[] magic(Path file) throws StoreException {
    byte[] magic = new byte[2];
    try (InputStream in = Files.newInputStream(file)) {
      in.readNBytes(magic, 0, 2);
    } catch (IOException e) {
      throw new StoreException(file + ": cannot read (" + message(e) + ")", e);
    }
    return magic;
  }

  private static byte[] readFile(Path file) throws StoreException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new StoreException(file + ": cannot read (" + message(e) + ")", e);
    }
  }

  static String sha256(Path file) throws StoreException {
    MessageDigest digest = newDigest();
    try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file)), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new StoreException(file + ": cannot read (" + message(e) + ")", e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(newDigest().digest(bytes));
  }

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  static String message(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
