package dev.bulwark.report.format;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * SARIF artifact locations for report paths. A path under the base directory (or any relative
 * path) becomes a relative URI reference resolved against {@code %SRCROOT%}; any other absolute
 * path becomes a {@code file:} URI. Characters other than unreserved ones and {@code /} are
 * percent-encoded as UTF-8.
 */
final class ArtifactUris {

  static final String SRCROOT = "%SRCROOT%";

  /**
   * One artifact location.
   *
   * @param uri the URI reference
   * @param baseId {@link #SRCROOT} for a relative URI, else {@code null}
   */
  record ArtifactUri(String uri, String baseId) {}

  private final Path base;

  ArtifactUris(Path base) {
    this.base = base == null ? null : base.normalize();
  }

  /** {@code file:///...dir/}, the value of {@code %SRCROOT%}, or {@code null} without a base. */
  String baseUri() {
    if (base == null) {
      return null;
    }
    String s = fileUri(base.toString());
    return s.endsWith("/") ? s : s + "/";
  }

  ArtifactUri of(String path) {
    Path p = null;
    try {
      p = Path.of(path);
    } catch (InvalidPathException e) {
      // not a path of this file system: keep it as text
    }
    if (p != null && p.isAbsolute()) {
      Path normal = p.normalize();
      if (base != null && normal.startsWith(base)) {
        return new ArtifactUri(encode(base.relativize(normal).toString(), false), SRCROOT);
      }
      return new ArtifactUri(fileUri(normal.toString()), null);
    }
    String relative = path.replace('\\', '/');
    while (relative.startsWith("./")) {
      relative = relative.substring(2);
    }
    return new ArtifactUri(encode(relative, false), SRCROOT);
  }

  private static String fileUri(String absolute) {
    String slashed = absolute.replace('\\', '/');
    return "file://" + (slashed.startsWith("/") ? "" : "/") + encode(slashed, true);
  }

  private static String encode(String path, boolean keepColon) {
    String slashed = path.replace('\\', '/');
    StringBuilder out = new StringBuilder(slashed.length() + 8);
    for (byte b : slashed.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~' || c == '/' || (keepColon && c == ':');
      if (keep) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
