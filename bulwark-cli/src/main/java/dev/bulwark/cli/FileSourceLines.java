package dev.bulwark.cli;

import dev.bulwark.python.source.SourceDecoder;
import dev.bulwark.report.SourceLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lines of scanned files for the code shown next to findings, read again and decoded as the
 * scan decoded them. Only files with findings are asked for, so the scan never keeps every text.
 */
final class FileSourceLines implements SourceLines {

  private final Map<String, Path> pathsByDisplay = new HashMap<>();
  private final Map<String, Optional<List<String>>> read = new HashMap<>();

  FileSourceLines(List<SourceFile> files) {
    for (SourceFile f : files) {
      pathsByDisplay.put(f.display(), f.path());
    }
  }

  @Override
  public Optional<List<String>> lines(String display) {
    return read.computeIfAbsent(display, this::load);
  }

  private Optional<List<String>> load(String display) {
    Path path = pathsByDisplay.get(display);
    if (path == null) {
      return Optional.empty();
    }
    try {
      // a file that changed or vanished since the scan simply shows no code
      return Optional.of(SourceLines.split(SourceDecoder.decode(Files.readAllBytes(path)).text()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
