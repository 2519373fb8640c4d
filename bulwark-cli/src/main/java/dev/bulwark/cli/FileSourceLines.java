package dev.bulwark.cli;

import dev.bulwark.python.source.SourceDecoder;
import dev.bulwark.report.SourceLines;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lines of scanned files for the code shown next to findings, read again and decoded as the
 * scan decoded them. Only files with findings are asked for, so the scan never keeps every text.
 */
final class FileSourceLines implements SourceLines {

  private final Map<String, SourceFile> filesByDisplay = new HashMap<>();
  private final Map<String, Optional<List<String>>> read = new HashMap<>();

  FileSourceLines(List<SourceFile> files) {
    for (SourceFile f : files) {
      filesByDisplay.put(f.display(), f);
    }
  }

  @Override
  public Optional<List<String>> lines(String display) {
    return read.computeIfAbsent(display, this::load);
  }

  private Optional<List<String>> load(String display) {
    SourceFile file = filesByDisplay.get(display);
    if (file == null) {
      return Optional.empty();
    }
    try {
      // a file that changed or vanished since the scan simply shows no code
      byte[] bytes = Files.readAllBytes(file.path());
      String text = file.python() ? SourceDecoder.decode(bytes).text() : TextFiles.decode(bytes);
      return Optional.of(SourceLines.split(text));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
