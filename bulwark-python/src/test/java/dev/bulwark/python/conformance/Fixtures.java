package dev.bulwark.python.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/** The {@code .py} inputs of a test-resource folder and the expectation files beside them. */
final class Fixtures {

  private Fixtures() {}

  /** Every {@code .py} file in resource folder {@code folder}, named by file name for reports. */
  static Stream<Named<Path>> inputs(String folder) {
    return inputFiles(folder).stream().map(p -> Named.of(p.getFileName().toString(), p));
  }

  static List<Path> inputFiles(String folder) {
    Path dir = folder(folder);
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".py")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path folder(String folder) {
    URL url = Fixtures.class.getResource("/" + folder);
    if (url == null) {
      throw new IllegalStateException("test resource folder " + folder + " is missing");
    }
    try {
      return Paths.get(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The file beside {@code input} with the same name and extension {@code ext} (".dump"). */
  static Path sidecar(Path input, String ext) {
    String name = input.getFileName().toString();
    return input.resolveSibling(name.substring(0, name.length() - ".py".length()) + ext);
  }

  /** A sidecar's content without the newline its writer ends it with. */
  static String readSidecar(Path input, String ext) {
    Path file = sidecar(input, ext);
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException("missing " + file.getFileName()
          + " (run tools/conformance/make_expected.py under CPython 3.13)", e);
    }
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
