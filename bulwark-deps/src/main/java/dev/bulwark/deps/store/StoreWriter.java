package dev.bulwark.deps.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.deps.advisory.OsvParser;
import dev.bulwark.deps.advisory.OsvRecord;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes a complete store into a fresh directory next to the target, then swaps it into place by
 * renaming: readers see the old store or the new one, never a half-written one, and a failure
 * before the swap leaves the old store untouched.
 */
final class StoreWriter {

  private StoreWriter() {}

  static void write(Path target, Collection<OsvRecord> records, StoreMeta meta) throws StoreException {
    Path parent = target.toAbsolutePath().getParent();
    String name = target.getFileName().toString();
    Path fresh = null;
    try {
      Files.createDirectories(parent);
      fresh = Files.createTempDirectory(parent, "." + name + ".new-");
      writeInto(fresh, records, meta);
      swap(fresh, target.toAbsolutePath());
      fresh = null;
    } catch (IOException e) {
      throw new StoreException("cannot write the advisory store " + target + " ("
          + AdvisoryInput.message(e) + "); the existing store, if any, is unchanged", e);
    } finally {
      if (fresh != null) {
        deleteQuietly(fresh);
      }
    }
  }

  private static void writeInto(Path dir, Collection<OsvRecord> records, StoreMeta meta) throws IOException {
    ObjectMapper json = OsvParser.jsonMapper();
    Path recordsDir = Files.createDirectory(dir.resolve(AdvisoryStore.RECORDS));
    for (OsvRecord r : records) {
      Files.write(recordsDir.resolve(r.id() + ".json"), OsvParser.toJson(r));
    }
    Map<String, List<String>> index = StoreIndex.byPackage(records);
    json.writeValue(dir.resolve(AdvisoryStore.INDEX).toFile(), index);
    json.writeValue(dir.resolve(AdvisoryStore.ALIASES).toFile(), AliasGroups.of(records));
    // meta.json last: a directory without it is not a store
    json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(AdvisoryStore.META).toFile(), meta);
  }

  private static void swap(Path fresh, Path target) throws IOException {
    if (!Files.exists(target)) {
      move(fresh, target);
      return;
    }
    Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
    Files.delete(old);
    move(target, old);
    try {
      move(fresh, target);
    } catch (IOException e) {
      move(old, target); // put the old store back before reporting the failure
      throw e;
    }
    deleteQuietly(old);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteQuietly(Path dir) {
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
          Files.delete(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException ignored) { // a leftover temporary directory is harmless
    }
  }
}
