package dev.bulwark.deps.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.deps.manifest.internal.Collector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an installed environment: every {@code *.dist-info/METADATA} and {@code *.egg-info/PKG-INFO}
 * (or {@code *.egg-info} file) of a {@code site-packages} directory, whose RFC 822 headers give
 * {@code Name} and {@code Version}. A distribution installed in editable mode ({@code direct_url.json}
 * with {@code dir_info.editable}) is skipped. The scope is {@value #SCOPE}.
 */
public final class InstalledEnvironmentReader {

  public static final String SCOPE = "installed";

  private static final ObjectMapper JSON = new ObjectMapper();

  private InstalledEnvironmentReader() {}

  /** Whether {@code dir} looks like a virtual environment (it has a {@code pyvenv.cfg}). */
  public static boolean isVirtualEnvironment(Path dir) {
    return Files.isRegularFile(dir.resolve("pyvenv.cfg"));
  }

  /** Whether {@code dir} holds installed distributions (a site-packages or dist-packages directory). */
  public static boolean isSitePackages(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
    if (name.equals("site-packages") || name.equals("dist-packages")) {
      return true;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.dist-info")) {
      return entries.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  /** The site-packages directories of a virtual environment ({@code lib/python*}, Windows' {@code Lib}). */
  public static List<Path> sitePackagesOf(Path venv) {
    List<Path> out = new ArrayList<>();
    for (String lib : List.of("lib", "lib64", "Lib")) {
      Path dir = venv.resolve(lib);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      if (Files.isDirectory(dir.resolve("site-packages"))) {
        addOnce(out, dir.resolve("site-packages"));
      }
      try (DirectoryStream<Path> pythons = Files.newDirectoryStream(dir, "python*")) {
        for (Path python : pythons) {
          if (Files.isDirectory(python.resolve("site-packages"))) {
            addOnce(out, python.resolve("site-packages"));
          }
        }
      } catch (IOException e) {
        // an unreadable lib directory holds nothing we can read
      }
    }
    out.sort(null);
    return out;
  }

  private static void addOnce(List<Path> out, Path dir) {
    try {
      Path real = dir.toRealPath();
      for (Path p : out) {
        if (p.toRealPath().equals(real)) {
          return; // lib64 is often a link to lib
        }
      }
    } catch (IOException e) {
      return;
    }
    out.add(dir);
  }

  /** Reads every distribution of one site-packages directory, in name order. */
  public static ManifestReading read(Path sitePackages) {
    Collector all = new Collector(sitePackages);
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(sitePackages)) {
      for (Path p : dir) {
        String name = p.getFileName().toString();
        if (name.endsWith(".dist-info") || name.endsWith(".egg-info")) {
          entries.add(p);
        }
      }
    } catch (IOException e) {
      all.problem("cannot list the installed packages: " + e.getClass().getSimpleName(), 0);
      return all.reading();
    }
    entries.sort(null);
    List<ManifestReading> parts = new ArrayList<>();
    parts.add(all.reading());
    for (Path entry : entries) {
      parts.add(readDistribution(entry));
    }
    return merge(parts);
  }

  /** One {@code .dist-info} or {@code .egg-info} entry. */
  static ManifestReading readDistribution(Path entry) {
    boolean distInfo = entry.getFileName().toString().endsWith(".dist-info");
    Path metadata = Files.isDirectory(entry) ? entry.resolve(distInfo ? "METADATA" : "PKG-INFO") : entry;
    Collector out = new Collector(metadata);
    if (!Files.isRegularFile(metadata)) {
      out.problem("no " + metadata.getFileName() + " in " + entry.getFileName(), 0);
      return out.reading();
    }
    String text;
    try {
      // metadata should be UTF-8; a stray byte must not lose the package, so decode leniently
      text = new String(Files.readAllBytes(metadata), StandardCharsets.UTF_8);
    } catch (IOException e) {
      out.problem("cannot read: " + e.getClass().getSimpleName(), 0);
      return out.reading();
    }
    Header name = header(text, "Name");
    Header version = header(text, "Version");
    if (name == null) {
      out.problem("no Name header", 0);
      return out.reading();
    }
    if (editable(entry)) {
      out.skip(name.value, "editable install", name.line);
      return out.reading();
    }
    if (version == null || version.value.isEmpty()) {
      out.skip(name.value, "no version", name.line);
      return out.reading();
    }
    out.pinned(name.value, version.value, null, SCOPE, name.line);
    return out.reading();
  }

  private record Header(String value, int line) {}

  /**
   * The first value of header {@code key} (case-insensitive) among the RFC 822 headers, which end at
   * the first empty line (the description body follows); continuation lines are not needed for
   * Name and Version.
   */
  private static Header header(String text, String key) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        break;
      }
      int colon = line.indexOf(':');
      if (colon > 0 && !Character.isWhitespace(line.charAt(0))
          && line.substring(0, colon).strip().equalsIgnoreCase(key)) {
        return new Header(line.substring(colon + 1).strip(), i + 1);
      }
    }
    return null;
  }

  /** PEP 610: {@code direct_url.json} with {@code "dir_info": {"editable": true}}. */
  private static boolean editable(Path entry) {
    Path directUrl = entry.resolve("direct_url.json");
    if (!Files.isRegularFile(directUrl)) {
      return false;
    }
    try {
      JsonNode root = JSON.readTree(directUrl.toFile());
      return root != null && root.path("dir_info").path("editable").asBoolean(false);
    } catch (IOException e) {
      return false; // a damaged direct_url.json says nothing about editability; the version is still audited
    }
  }

  static ManifestReading merge(List<ManifestReading> parts) {
    List<Dependency> deps = new ArrayList<>();
    List<SkippedEntry> skipped = new ArrayList<>();
    List<ManifestProblem> problems = new ArrayList<>();
    for (ManifestReading r : parts) {
      deps.addAll(r.dependencies());
      skipped.addAll(r.skipped());
      problems.addAll(r.problems());
    }
    return new ManifestReading(deps, skipped, problems);
  }

}
