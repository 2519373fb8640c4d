package dev.bulwark.deps.requirement;

import dev.bulwark.deps.version.SpecifierSet;
import dev.bulwark.deps.version.VersionSyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A PEP 508 dependency specifier: {@code name [extras] (version-spec | @ URL) [; marker]}, e.g.
 * {@code requests[socks]>=2.8.1,==2.8.* ; python_version < "2.7"} or
 * {@code pip @ https://example.com/pip.whl ; os_name == "nt"}.
 *
 * @param text the requirement as given
 * @param name the project name as written (see {@link #canonicalName()})
 * @param extras the requested extras as written, in order, without duplicates
 * @param specifier the version clauses ({@link SpecifierSet#any()} for a URL or no clause); its
 *     {@link SpecifierSet#text()} is the original text (inside parentheses if those were used)
 * @param url the direct reference after {@code @}, if any
 * @param marker the environment marker after {@code ;}, if any
 */
public record Requirement(
    String text, String name, List<String> extras, SpecifierSet specifier, Optional<String> url, Optional<Marker> marker) {

  private static final String KIND = "requirement";

  public Requirement {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(name, "name");
    extras = List.copyOf(extras);
    Objects.requireNonNull(specifier, "specifier");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(marker, "marker");
  }

  /**
   * Parses one requirement.
   *
   * @throws RequirementSyntaxException naming the text and the position of the problem (bad
   *     version clauses and markers included)
   */
  public static Requirement parse(String text) {
    return new Reader(Objects.requireNonNull(text, "text")).requirement();
  }

  /** Parses, or returns empty for invalid text (never throws). */
  public static Optional<Requirement> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (RequirementSyntaxException e) {
      return Optional.empty();
    }
  }

  /** The PEP 503 name: {@code Foo_Bar.baz} gives {@code foo-bar-baz}. */
  public String canonicalName() {
    return PackageName.canonical(name);
  }

  /** The extras normalised (PEP 685). */
  public Set<String> canonicalExtras() {
    Set<String> names = new LinkedHashSet<>();
    extras.forEach(e -> names.add(PackageName.canonical(e)));
    return names;
  }

  /** The version clauses as written, {@code ""} when none. */
  public String specifierText() {
    return specifier.text().strip();
  }

  /** The exactly pinned version ({@code ==V} without wildcard or {@code ===S}), if that is all the clauses say. */
  public Optional<String> pinnedVersion() {
    return url.isPresent() ? Optional.empty() : specifier.exactPin();
  }

  /** Whether the marker holds in the environment (true without a marker). */
  public boolean appliesTo(MarkerEnvironment environment) {
    return marker.map(m -> m.evaluate(environment)).orElse(true);
  }

  /** A normalised rendering, e.g. {@code requests[socks]>=2.8.1; python_version < "2.7"}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(name);
    if (!extras.isEmpty()) {
      sb.append('[').append(String.join(",", extras)).append(']');
    }
    if (url.isPresent()) {
      sb.append(" @ ").append(url.get());
      marker.ifPresent(m -> sb.append(" ; ").append(m));
    } else {
      sb.append(specifier);
      marker.ifPresent(m -> sb.append("; ").append(m));
    }
    return sb.toString();
  }

  /** Left-to-right reader; every error carries a position in the original text. */
  private static final class Reader {
    private final String s;
    private int i;

    Reader(String s) {
      this.s = s;
    }

    Requirement requirement() {
      skipSpace();
      if (i == s.length()) {
        throw error("empty requirement");
      }
      String name = name("a project name");
      skipSpace();
      List<String> extras = peek() == '[' ? extras() : List.of();
      skipSpace();
      if (peek() == '@') {
        i++;
        skipSpace();
        int start = i;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
          i++;
        }
        if (i == start) {
          throw error("expected a URL after '@'");
        }
        String url = s.substring(start, i);
        skipSpace();
        Optional<Marker> marker = Optional.empty();
        if (i < s.length()) {
          if (peek() != ';') {
            throw error("expected ';' or the end after the URL");
          }
          marker = Optional.of(marker());
        }
        return new Requirement(s, name, extras, SpecifierSet.any(), Optional.of(url), marker);
      }
      SpecifierSet specifier = specifier();
      skipSpace();
      Optional<Marker> marker = Optional.empty();
      if (i < s.length()) {
        if (peek() != ';') {
          throw error("expected a version specifier, '@ URL', ';' or the end");
        }
        marker = Optional.of(marker());
      }
      return new Requirement(s, name, extras, specifier, Optional.empty(), marker);
    }

    private String name(String what) {
      int start = i;
      if (i >= s.length() || !isAlphanumeric(s.charAt(i))) {
        throw error("expected " + what);
      }
      while (i < s.length() && (isAlphanumeric(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '-' || s.charAt(i) == '_')) {
        i++;
      }
      if (!isAlphanumeric(s.charAt(i - 1))) {
        i--;
        throw error("a name must end with a letter or digit");
      }
      return s.substring(start, i);
    }

    private List<String> extras() {
      i++; // '['
      Set<String> extras = new LinkedHashSet<>();
      skipSpace();
      if (peek() == ']') {
        i++;
        return List.of();
      }
      while (true) {
        skipSpace();
        extras.add(name("an extra name"));
        skipSpace();
        if (peek() == ',') {
          i++;
        } else if (peek() == ']') {
          i++;
          return new ArrayList<>(extras);
        } else {
          throw error("expected ',' or ']' in the extras");
        }
      }
    }

    private SpecifierSet specifier() {
      int start;
      int end;
      if (peek() == '(') {
        start = i + 1;
        int close = s.indexOf(')', start);
        if (close < 0) {
          throw error("unclosed '('");
        }
        end = close;
        i = close + 1;
      } else {
        start = i;
        int semicolon = s.indexOf(';', i);
        end = semicolon < 0 ? s.length() : semicolon;
        // the clauses end where the marker begins; trailing spaces belong to neither
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
          end--;
        }
        if (start < end && "<>=!~".indexOf(s.charAt(start)) < 0) {
          throw error("expected a version specifier, '@ URL', ';' or the end");
        }
        i = end;
      }
      String clauses = s.substring(start, end);
      try {
        return SpecifierSet.parse(clauses);
      } catch (VersionSyntaxException e) {
        throw new RequirementSyntaxException(KIND, s, start + e.position(), e.problem());
      }
    }

    private Marker marker() {
      i++; // ';'
      int start = i;
      try {
        return Marker.parse(s.substring(start));
      } catch (RequirementSyntaxException e) {
        throw new RequirementSyntaxException(KIND, s, start + e.position(), e.problem());
      }
    }

    private char peek() {
      return i < s.length() ? s.charAt(i) : '\0';
    }

    private void skipSpace() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private static boolean isAlphanumeric(char ch) {
      return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    }

    private RequirementSyntaxException error(String problem) {
      return new RequirementSyntaxException(KIND, s, i, problem);
    }
  }
}
