package dev.bulwark.report.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The report formats by name: {@code text}, {@code json}, {@code sarif}, {@code html},
 * {@code junit}, {@code csv}. This is the entry point for the command line's {@code --format}
 * and {@code --output FORMAT:PATH} options.
 */
public final class Formats {

  private static final Map<String, Function<FormatOptions, ReportWriter>> WRITERS = new TreeMap<>(Map.of(
      "text", o -> new TextWriter(o.color()),
      "json", o -> new JsonReportWriter(),
      "sarif", o -> new SarifWriter(),
      "html", o -> new HtmlWriter(),
      "junit", o -> new JunitWriter(),
      "csv", o -> new CsvWriter()));

  private Formats() {}

  /** The format names, sorted. */
  public static List<String> names() {
    return List.copyOf(WRITERS.keySet());
  }

  /** The writer for {@code name} with default options. */
  public static ReportWriter get(String name) {
    return get(name, FormatOptions.DEFAULT);
  }

  /**
   * The writer for {@code name} (case-insensitive).
   *
   * @throws IllegalArgumentException if there is no such format; the message lists the names
   */
  public static ReportWriter get(String name, FormatOptions options) {
    Objects.requireNonNull(options, "options");
    Function<FormatOptions, ReportWriter> factory = WRITERS.get(name.toLowerCase(Locale.ROOT));
    if (factory == null) {
      throw new IllegalArgumentException(
          "unknown report format '" + name + "'; expected one of: " + String.join(", ", names()));
    }
    return factory.apply(options);
  }

  /**
   * Where one report goes, as in {@code --output sarif:out.sarif}.
   *
   * @param format the format name, checked
   * @param path the file, or {@code null} for standard output (written {@code FORMAT:-})
   */
  public record Output(String format, Path path) {

    /** The writer for this output. */
    public ReportWriter writer(FormatOptions options) {
      return get(format, options);
    }
  }

  /**
   * Parses {@code FORMAT:PATH}; the format is what comes before the first colon, so the path may
   * hold colons. A path of {@code -} means standard output.
   *
   * @throws IllegalArgumentException if the spec has no colon, an unknown format or an empty path
   */
  public static Output parseOutput(String spec) {
    int colon = spec.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("expected FORMAT:PATH, e.g. sarif:out.sarif, got '" + spec + "'");
    }
    String format = spec.substring(0, colon).toLowerCase(Locale.ROOT);
    String path = spec.substring(colon + 1);
    get(format);
    if (path.isEmpty()) {
      throw new IllegalArgumentException("no path after '" + format + ":' (use " + format + ":- for standard output)");
    }
    return new Output(format, path.equals("-") ? null : Path.of(path));
  }
}
