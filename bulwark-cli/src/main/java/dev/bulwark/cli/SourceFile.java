package dev.bulwark.cli;

import java.nio.file.Path;

/**
 * A file to read, with the name it is shown under (relative to how the user wrote its root).
 *
 * @param python whether it is parsed as Python; other files (configuration, environment files,
 *     Dockerfiles, notebooks) are only read for secrets
 */
record SourceFile(String display, Path path, boolean python) {

  /** A Python file. */
  SourceFile(String display, Path path) {
    this(display, path, true);
  }
}
