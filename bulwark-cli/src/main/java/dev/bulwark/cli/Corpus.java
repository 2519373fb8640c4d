package dev.bulwark.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Source files held in memory, so a benchmark times parsing alone and not the disk. Lines are
 * counted the way tools/bench/cpython_parse_throughput.py counts them, so the rates compare.
 */
record Corpus(List<Corpus.Source> sources, long bytes, long lines) {

  record Source(String path, byte[] bytes) {}

  static Corpus load(List<SourceFile> files, List<Diagnostic> unreadable) {
    List<Source> sources = new ArrayList<>(files.size());
    long bytes = 0;
    long lines = 0;
    for (SourceFile file : files) {
      try {
        byte[] content = Files.readAllBytes(file.path());
        sources.add(new Source(file.display(), content));
        bytes += content.length;
        lines += countLines(content);
      } catch (IOException e) {
        unreadable.add(Diagnostic.unreadable(file.display(), e));
      }
    }
    // Largest first: with several threads, a big file picked up last would leave the others idle.
    sources.sort(Comparator.comparingInt((Source s) -> s.bytes().length).reversed()
        .thenComparing(Source::path));
    return new Corpus(List.copyOf(sources), bytes, lines);
  }

  /** Newline bytes, plus one for a last line without a newline. */
  static long countLines(byte[] content) {
    long lines = 0;
    for (byte b : content) {
      if (b == '\n') {
        lines++;
      }
    }
    if (content.length > 0 && content[content.length - 1] != '\n') {
      lines++;
    }
    return lines;
  }

  double megabytes() {
    return bytes / 1e6;
  }
}
