package dev.bulwark.deps.manifest;

import java.nio.file.Path;

/** Where a package was declared: a manifest, lock file or metadata file, and a 1-based line (0 when unknown). */
public record SourceLocation(Path file, int line) {

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file.toString();
  }
}
