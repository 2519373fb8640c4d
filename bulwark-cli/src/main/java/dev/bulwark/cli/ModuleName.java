package dev.bulwark.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The dotted module name of a file, found as Python would: the file's stem, prefixed by each
 * enclosing directory that is a package (holds an {@code __init__.py}). Rules need it to resolve
 * relative imports.
 *
 * @param dotted e.g. {@code pkg.sub.mod}, or {@code pkg.sub} for {@code pkg/sub/__init__.py}
 * @param isPackage whether the file is a package's {@code __init__}
 */
record ModuleName(String dotted, boolean isPackage) {

  static ModuleName of(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    String stem = abs.getFileName().toString().replaceFirst("\\.pyi?$", "");
    boolean isPackage = stem.equals("__init__");
    Deque<String> parts = new ArrayDeque<>();
    if (!isPackage) {
      parts.push(stem);
    }
    Path dir = abs.getParent();
    int guard = 0;
    while (dir != null && dir.getFileName() != null && Files.isRegularFile(dir.resolve("__init__.py")) && guard++ < 64) {
      parts.push(dir.getFileName().toString());
      dir = dir.getParent();
    }
    if (parts.isEmpty()) {
      parts.push(stem);
    }
    return new ModuleName(String.join(".", parts), isPackage);
  }
}
