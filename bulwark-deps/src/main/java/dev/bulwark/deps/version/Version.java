package dev.bulwark.deps.version;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A PEP 440 version: {@code [E!]R[{a|b|rc}N][.postN][.devN][+local]}.
 *
 * <p>{@link #parse} accepts every spelling PEP 440 normalises (case, a leading {@code v}, surrounding
 * whitespace, {@code alpha}/{@code beta}/{@code c}/{@code pre}/{@code preview}, {@code r}/{@code rev},
 * a bare {@code -N} post-release, implicit numbers, {@code .}/{@code -}/{@code _} separators) and
 * {@link #toString()} gives the normal form. Ordering, equality and hashing follow PEP 440, so
 * {@code 1.0}, {@code 1.0.0} and {@code 1} are equal although their normal forms differ.
 *
 * <p>Text that is not PEP 440 (legacy PyPI versions such as {@code 0.1-bulbasaur}) has no
 * {@code Version}: use {@link #tryParse} and keep the raw string for exact-text matching.
 *
 * <p>Numbers in the release, pre, post and dev parts must fit in 18 digits (leading zeros aside).
 */
public final class Version implements Comparable<Version> {

  private final long epoch;
  private final long[] release;
  private final PreRelease pre;
  private final Long post;
  private final Long dev;
  /** Local label segments, lower-case; numeric segments without leading zeros. Empty when none. */
  private final List<String> local;

  Version(long epoch, long[] release, PreRelease pre, Long post, Long dev, List<String> local) {
    if (release.length == 0) {
      throw new IllegalArgumentException("a version needs at least one release number");
    }
    this.epoch = epoch;
    this.release = release.clone();
    this.pre = pre;
    this.post = post;
    this.dev = dev;
    this.local = List.copyOf(local);
  }

  /**
   * Parses a PEP 440 version.
   *
   * @throws VersionSyntaxException if the text is not a PEP 440 version; the message names the
   *     text and the position of the problem
   */
  public static Version parse(String text) {
    return VersionParser.parse(Objects.requireNonNull(text, "text"));
  }

  /** Parses a PEP 440 version, or returns empty for text that is not one (never throws). */
  public static Optional<Version> tryParse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(VersionParser.parse(text));
    } catch (VersionSyntaxException e) {
      return Optional.empty();
    }
  }

  /** Whether the text is a valid PEP 440 version. */
  public static boolean isValid(String text) {
    return tryParse(text).isPresent();
  }

  /** The epoch, 0 when the version has none. */
  public long epoch() {
    return epoch;
  }

  /** The release numbers as written (trailing zeros kept): {@code 1.2.0} gives [1, 2, 0]. */
  public List<Long> release() {
    List<Long> numbers = new ArrayList<>(release.length);
    for (long n : release) {
      numbers.add(n);
    }
    return List.copyOf(numbers);
  }

  /** The first release number. */
  public long major() {
    return releaseAt(0);
  }

  /** The second release number, 0 when absent. */
  public long minor() {
    return releaseAt(1);
  }

  /** The third release number, 0 when absent. */
  public long micro() {
    return releaseAt(2);
  }

  /** The release number at a 0-based index, 0 past the end (PEP 440 zero padding). */
  public long releaseAt(int index) {
    return index < release.length ? release[index] : 0;
  }

  public Optional<PreRelease> pre() {
    return Optional.ofNullable(pre);
  }

  public OptionalLong post() {
    return post == null ? OptionalLong.empty() : OptionalLong.of(post);
  }

  public OptionalLong dev() {
    return dev == null ? OptionalLong.empty() : OptionalLong.of(dev);
  }

  /** The normalised local label without the {@code +}, e.g. {@code ubuntu.1}; empty when none. */
  public Optional<String> local() {
    return local.isEmpty() ? Optional.empty() : Optional.of(String.join(".", local));
  }

  /** True for alpha, beta, release-candidate and dev releases (PEP 440 counts dev as pre). */
  public boolean isPrerelease() {
    return pre != null || dev != null;
  }

  public boolean isPostrelease() {
    return post != null;
  }

  public boolean isDevrelease() {
    return dev != null;
  }

  public boolean isLocal() {
    return !local.isEmpty();
  }

  /** This version without its local label. */
  public Version publicVersion() {
    return local.isEmpty() ? this : new Version(epoch, release, pre, post, dev, List.of());
  }

  /** The epoch and release only: {@code 1!2.0rc1.post3+x} gives {@code 1!2.0}. */
  public Version baseVersion() {
    if (pre == null && post == null && dev == null && local.isEmpty()) {
      return this;
    }
    return new Version(epoch, release, null, null, null, List.of());
  }

  @Override
  public int compareTo(Version other) {
    int c = Long.compare(epoch, other.epoch);
    if (c != 0) {
      return c;
    }
    int length = Math.max(release.length, other.release.length);
    for (int i = 0; i < length; i++) {
      c = Long.compare(releaseAt(i), other.releaseAt(i));
      if (c != 0) {
        return c;
      }
    }
    c = Integer.compare(preRank(), other.preRank());
    if (c != 0) {
      return c;
    }
    if (pre != null) {
      c = pre.compareTo(other.pre);
      if (c != 0) {
        return c;
      }
    }
    // no post part sorts below any post part; no dev part sorts above any dev part
    c = Long.compare(post == null ? -1 : post, other.post == null ? -1 : other.post);
    if (c != 0) {
      return c;
    }
    c = Long.compare(dev == null ? Long.MAX_VALUE : dev, other.dev == null ? Long.MAX_VALUE : other.dev);
    if (c != 0) {
      return c;
    }
    return compareLocal(local, other.local);
  }

  /**
   * Where the pre-release part puts this version among the releases of its release number: a dev
   * release of the final version (no pre, no post) sorts before every pre-release (rank 0),
   * pre-releases next (rank 1, then by kind and number), everything without a pre part last.
   */
  private int preRank() {
    if (pre == null && post == null && dev != null) {
      return 0;
    }
    return pre != null ? 1 : 2;
  }

  /** Local labels: none is lowest; segment by segment, numbers above words; a longer label wins a tie. */
  private static int compareLocal(List<String> a, List<String> b) {
    int common = Math.min(a.size(), b.size());
    for (int i = 0; i < common; i++) {
      int c = compareLocalSegment(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static int compareLocalSegment(String a, String b) {
    boolean aNumeric = isDigits(a);
    boolean bNumeric = isDigits(b);
    if (aNumeric && bNumeric) {
      // no leading zeros after parsing, so a longer number is a bigger one
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    if (aNumeric != bNumeric) {
      return aNumeric ? 1 : -1;
    }
    return a.compareTo(b);
  }

  static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Version && compareTo((Version) o) == 0;
  }

  @Override
  public int hashCode() {
    int significant = release.length;
    while (significant > 1 && release[significant - 1] == 0) {
      significant--;
    }
    int h = Long.hashCode(epoch);
    h = 31 * h + Arrays.hashCode(Arrays.copyOf(release, significant));
    h = 31 * h + Objects.hash(pre, post, dev, local);
    return h;
  }

  /** The PEP 440 normal form, e.g. {@code 1!2.0rc1.post3.dev4+ubuntu.1}; trailing zeros kept. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (epoch != 0) {
      sb.append(epoch).append('!');
    }
    for (int i = 0; i < release.length; i++) {
      if (i > 0) {
        sb.append('.');
      }
      sb.append(release[i]);
    }
    if (pre != null) {
      sb.append(pre);
    }
    if (post != null) {
      sb.append(".post").append(post);
    }
    if (dev != null) {
      sb.append(".dev").append(dev);
    }
    if (!local.isEmpty()) {
      sb.append('+').append(String.join(".", local));
    }
    return sb.toString();
  }

  /** Release numbers as stored, for the specifier code in this package. */
  long[] releaseNumbers() {
    return release.clone();
  }

  int releaseLength() {
    return release.length;
  }
}
