package dev.bulwark.deps.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Comma-separated PEP 440 clauses, all of which must hold ({@code >=1.2, <2, !=1.5.*}). PEP 440
 * has no OR. The empty set admits every final version.
 *
 * <p>Pre-release policy: pre- and dev releases are excluded unless some clause names a
 * pre-release or the caller passes {@code allowPrereleases}. For an auditor, a locked or installed
 * pre-release is simply that version: check it with {@code allowPrereleases = true}.
 */
public final class SpecifierSet {

  private static final SpecifierSet ANY = new SpecifierSet("", List.of());

  private final String text;
  private final List<Specifier> specifiers;

  private SpecifierSet(String text, List<Specifier> specifiers) {
    this.text = text;
    this.specifiers = List.copyOf(specifiers);
  }

  /** The set with no clauses: every version. */
  public static SpecifierSet any() {
    return ANY;
  }

  /**
   * Parses comma-separated clauses; blank text is {@link #any()}.
   *
   * @throws VersionSyntaxException naming the text and the position of the bad clause
   */
  public static SpecifierSet parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      return new SpecifierSet(text, List.of());
    }
    List<Specifier> specifiers = new ArrayList<>();
    int start = 0;
    while (true) {
      int comma = text.indexOf(',', start);
      int end = comma < 0 ? text.length() : comma;
      String clause = text.substring(start, end);
      if (clause.isBlank()) {
        throw new VersionSyntaxException("version specifier", text, start, "empty clause");
      }
      try {
        specifiers.add(Specifier.parse(clause));
      } catch (VersionSyntaxException e) {
        throw new VersionSyntaxException("version specifier", text, start + e.position(), e.problem());
      }
      if (comma < 0) {
        break;
      }
      start = comma + 1;
    }
    return new SpecifierSet(text, specifiers);
  }

  /** Parses, or returns empty for invalid text (never throws). */
  public static Optional<SpecifierSet> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (VersionSyntaxException e) {
      return Optional.empty();
    }
  }

  /** The text as given to {@link #parse}. */
  public String text() {
    return text;
  }

  public List<Specifier> specifiers() {
    return specifiers;
  }

  public boolean isEmpty() {
    return specifiers.isEmpty();
  }

  /** Whether some clause names a pre-release, which admits pre-releases for the whole set. */
  public boolean mentionsPrerelease() {
    return specifiers.stream().anyMatch(Specifier::mentionsPrerelease);
  }

  /**
   * The exactly pinned version for auditing, when the set is a single {@code ==V} without a
   * wildcard or a single {@code ===S}: the text after the operator. Anything else is unpinned.
   */
  public Optional<String> exactPin() {
    if (specifiers.size() == 1 && specifiers.get(0).isExactPin()) {
      return Optional.of(specifiers.get(0).versionText());
    }
    return Optional.empty();
  }

  /**
   * Whether every clause admits the version.
   *
   * @param allowPrereleases true admits pre- and dev releases; false applies the default policy
   *     (admitted only when a clause names a pre-release)
   */
  public boolean contains(Version version, boolean allowPrereleases) {
    boolean prereleases = allowPrereleases || mentionsPrerelease();
    if (version.isPrerelease() && !prereleases) {
      return false;
    }
    for (Specifier specifier : specifiers) {
      if (!specifier.contains(version, true)) {
        return false;
      }
    }
    return true;
  }

  /** {@code contains(version, false)}: the default pre-release policy. */
  public boolean contains(Version version) {
    return contains(version, false);
  }

  /**
   * Like {@link #contains(Version, boolean)} for a version string that may not be PEP 440: a valid
   * one is parsed and checked; other text can only satisfy a set made of {@code ===} clauses that
   * all equal it (case-insensitively).
   */
  public boolean containsRawText(String rawVersion, boolean allowPrereleases) {
    Optional<Version> parsed = Version.tryParse(rawVersion);
    if (parsed.isPresent()) {
      return contains(parsed.get(), allowPrereleases);
    }
    return !specifiers.isEmpty() && specifiers.stream().allMatch(s -> s.matchesRawText(rawVersion));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpecifierSet && specifiers.equals(((SpecifierSet) o).specifiers);
  }

  @Override
  public int hashCode() {
    return specifiers.hashCode();
  }

  /** The clauses joined by commas, without whitespace, e.g. {@code >=1.0,<2}. */
  @Override
  public String toString() {
    return specifiers.stream().map(Specifier::toString).collect(Collectors.joining(","));
  }
}
