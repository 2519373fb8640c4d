package dev.bulwark.deps.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The report formats of {@code bulwark deps}, by name. */
public final class DepsFormats {

  public static final List<String> NAMES = List.of("table", "json", "sarif", "cyclonedx", "markdown");

  private DepsFormats() {}

  public static Optional<DepsReportWriter> get(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "table":
        return Optional.of(new TableWriter());
      case "json":
        return Optional.of(new JsonWriter());
      case "sarif":
        return Optional.of(new SarifWriter());
      case "cyclonedx":
        return Optional.of(new CycloneDxWriter());
      case "markdown":
      case "md":
        return Optional.of(new MarkdownWriter());
      default:
        return Optional.empty();
    }
  }
}
