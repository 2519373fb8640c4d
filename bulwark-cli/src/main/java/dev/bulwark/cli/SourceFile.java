package dev.bulwark.cli;

import java.nio.file.Path;

/** A file to read, with the name it is shown under (relative to how the user wrote its root). */
record SourceFile(String display, Path path) {}
