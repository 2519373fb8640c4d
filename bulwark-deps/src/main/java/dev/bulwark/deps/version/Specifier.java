package dev.bulwark.deps.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One PEP 440 version clause such as {@code >=1.2}, {@code ==1.4.*}, {@code ~=2.2} or {@code ===foo}.
 *
 * <p>{@link #contains(Version, boolean)} applies the pre-release policy: pre- and dev releases are
 * admitted only when this clause itself names a pre-release ({@link #mentionsPrerelease()}) or the
 * caller allows them. {@link #matches(Version)} is the bare comparison without that policy.
 */
public final class Specifier {

  /** The comparison operators, with their spelling. */
  public enum Operator {
    COMPATIBLE("~="),
    EQUAL("=="),
    NOT_EQUAL("!="),
    LESS_EQUAL("<="),
    GREATER_EQUAL(">="),
    LESS("<"),
    GREATER(">"),
    ARBITRARY("===");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  /** Spellings longest first so {@code ===} is not read as {@code ==}. */
  private static final Operator[] BY_LENGTH = {
    Operator.ARBITRARY, Operator.COMPATIBLE, Operator.EQUAL, Operator.NOT_EQUAL,
    Operator.LESS_EQUAL, Operator.GREATER_EQUAL, Operator.LESS, Operator.GREATER
  };

  private static final String KIND = "version specifier";

  private final Operator operator;
  /** The version text after the operator, trimmed, as written (wildcard included). */
  private final String versionText;
  /** The parsed version (the prefix for a wildcard); null only for {@code ===} on non-PEP 440 text. */
  private final Version version;
  private final boolean wildcard;

  private Specifier(Operator operator, String versionText, Version version, boolean wildcard) {
    this.operator = operator;
    this.versionText = versionText;
    this.version = version;
    this.wildcard = wildcard;
  }

  /**
   * Parses one clause.
   *
   * @throws VersionSyntaxException naming the text and the position of the problem
   */
  public static Specifier parse(String text) {
    Objects.requireNonNull(text, "text");
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    Operator operator = null;
    for (Operator candidate : BY_LENGTH) {
      if (text.startsWith(candidate.symbol(), start)) {
        operator = candidate;
        break;
      }
    }
    if (operator == null) {
      throw new VersionSyntaxException(
          KIND, text, start, start == text.length() ? "empty specifier" : "expected an operator (==, !=, <=, >=, <, >, ~=, ===)");
    }
    int versionStart = start + operator.symbol().length();
    while (versionStart < text.length() && Character.isWhitespace(text.charAt(versionStart))) {
      versionStart++;
    }
    String versionText = text.substring(versionStart).strip();
    if (versionText.isEmpty()) {
      throw new VersionSyntaxException(KIND, text, versionStart, "expected a version after '" + operator.symbol() + "'");
    }
    if (operator == Operator.ARBITRARY) {
      for (int k = 0; k < versionText.length(); k++) {
        if (Character.isWhitespace(versionText.charAt(k))) {
          throw new VersionSyntaxException(KIND, text, versionStart + k, "whitespace inside an arbitrary-equality version");
        }
      }
      return new Specifier(operator, versionText, Version.tryParse(versionText).orElse(null), false);
    }
    boolean wildcard = versionText.endsWith(".*");
    String bare = wildcard ? versionText.substring(0, versionText.length() - 2) : versionText;
    Version version;
    try {
      version = Version.parse(bare);
    } catch (VersionSyntaxException e) {
      throw new VersionSyntaxException(KIND, text, versionStart + e.position(), "bad version '" + bare + "': " + e.problem());
    }
    int wildcardAt = versionStart + bare.length();
    if (wildcard) {
      if (operator != Operator.EQUAL && operator != Operator.NOT_EQUAL) {
        throw new VersionSyntaxException(KIND, text, wildcardAt, "a '.*' wildcard is only allowed with == and !=");
      }
      if (version.isDevrelease() || version.isLocal()) {
        throw new VersionSyntaxException(KIND, text, wildcardAt, "a '.*' wildcard cannot follow a dev release or a local label");
      }
    }
    if (version.isLocal() && operator != Operator.EQUAL && operator != Operator.NOT_EQUAL) {
      throw new VersionSyntaxException(
          KIND, text, versionStart + bare.indexOf('+'), "a local version label is only allowed with == and !=");
    }
    if (operator == Operator.COMPATIBLE && version.releaseLength() < 2) {
      throw new VersionSyntaxException(KIND, text, versionStart, "~= needs a version with at least two release numbers");
    }
    return new Specifier(operator, versionText, version, wildcard);
  }

  public Operator operator() {
    return operator;
  }

  /** The version as written after the operator (with {@code .*} for a wildcard). */
  public String versionText() {
    return versionText;
  }

  /** True for {@code ==V.*} and {@code !=V.*}. */
  public boolean isWildcard() {
    return wildcard;
  }

  /**
   * True when this clause pins exactly one version for auditing: {@code ==V} without a wildcard,
   * or {@code ===S}.
   */
  public boolean isExactPin() {
    return (operator == Operator.EQUAL && !wildcard) || operator == Operator.ARBITRARY;
  }

  /**
   * Whether the clause names a pre-release and so admits pre-releases by default. {@code !=} never
   * does: excluding a pre-release is no request for one.
   */
  public boolean mentionsPrerelease() {
    return operator != Operator.NOT_EQUAL && version != null && version.isPrerelease();
  }

  /** {@link #matches} under the pre-release policy; {@code allowPrereleases} opts in for every version. */
  public boolean contains(Version candidate, boolean allowPrereleases) {
    if (candidate.isPrerelease() && !allowPrereleases && !mentionsPrerelease()) {
      return false;
    }
    return matches(candidate);
  }

  /** {@code contains(candidate, false)}: the default pre-release policy. */
  public boolean contains(Version candidate) {
    return contains(candidate, false);
  }

  /** The bare PEP 440 comparison, ignoring the pre-release policy. */
  public boolean matches(Version candidate) {
    switch (operator) {
      case EQUAL:
        return equalMatch(candidate);
      case NOT_EQUAL:
        return !equalMatch(candidate);
      case COMPATIBLE:
        return candidate.publicVersion().compareTo(version) >= 0 && prefixMatch(candidate, compatiblePrefix());
      case LESS_EQUAL:
        return candidate.publicVersion().compareTo(version) <= 0;
      case GREATER_EQUAL:
        return candidate.publicVersion().compareTo(version) >= 0;
      case LESS:
        return lessThan(candidate);
      case GREATER:
        return greaterThan(candidate);
      case ARBITRARY:
        return candidate.toString().equalsIgnoreCase(versionText);
      default:
        throw new AssertionError(operator);
    }
  }

  /**
   * Arbitrary equality against a raw version string, for installed versions that are not PEP 440.
   * Only {@code ===} can match such text (case-insensitive, no normalisation).
   */
  public boolean matchesRawText(String rawVersion) {
    return operator == Operator.ARBITRARY && rawVersion.strip().equalsIgnoreCase(versionText);
  }

  private boolean equalMatch(Version candidate) {
    if (wildcard) {
      return prefixMatch(candidate, version);
    }
    // without a local label in the clause, the candidate's local label is ignored
    Version compared = version.isLocal() ? candidate : candidate.publicVersion();
    return compared.equals(version);
  }

  private boolean lessThan(Version candidate) {
    if (candidate.compareTo(version) >= 0) {
      return false;
    }
    // <V never admits a pre-release of V itself unless V is one
    return version.isPrerelease()
        || !candidate.isPrerelease()
        || !candidate.baseVersion().equals(version.baseVersion());
  }

  private boolean greaterThan(Version candidate) {
    if (candidate.compareTo(version) <= 0) {
      return false;
    }
    boolean sameBase = candidate.baseVersion().equals(version.baseVersion());
    // >V never admits a post-release of V unless V is one, nor a local version of V
    if (!version.isPostrelease() && candidate.isPostrelease() && sameBase) {
      return false;
    }
    return !(candidate.isLocal() && sameBase);
  }

  /** {@code ~=1.4.5a4} is {@code >=1.4.5a4, ==1.4.*}: the release minus its last number. */
  private Version compatiblePrefix() {
    long[] release = version.releaseNumbers();
    long[] prefix = new long[release.length - 1];
    System.arraycopy(release, 0, prefix, 0, prefix.length);
    return new Version(version.epoch(), prefix, null, null, null, List.of());
  }

  /**
   * PEP 440 prefix matching on the public version. The candidate's release is zero-padded to the
   * prefix's length (so {@code ==1.1.0.*} matches {@code 1.1}), then the leading parts compared;
   * pre and post parts of the prefix must follow in the candidate.
   */
  private static boolean prefixMatch(Version candidate, Version prefix) {
    List<String> wanted = tokens(prefix, prefix.releaseLength());
    List<String> actual = tokens(candidate.publicVersion(), prefix.releaseLength());
    return actual.size() >= wanted.size() && actual.subList(0, wanted.size()).equals(wanted);
  }

  private static List<String> tokens(Version v, int minimumRelease) {
    List<String> tokens = new ArrayList<>();
    tokens.add(Long.toString(v.epoch()));
    int length = Math.max(v.releaseLength(), minimumRelease);
    for (int k = 0; k < length; k++) {
      tokens.add(Long.toString(v.releaseAt(k)));
    }
    v.pre().ifPresent(p -> tokens.add(p.toString()));
    v.post().ifPresent(p -> tokens.add("post" + p));
    v.dev().ifPresent(d -> tokens.add("dev" + d));
    return tokens;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Specifier)) {
      return false;
    }
    Specifier other = (Specifier) o;
    return operator == other.operator && versionText.equals(other.versionText);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operator, versionText);
  }

  /** The clause without inner whitespace, e.g. {@code >=1.0}. */
  @Override
  public String toString() {
    return operator.symbol() + versionText;
  }
}
