package dev.bulwark.deps.version;

/**
 * The pre-release part of a version: {@code a1}, {@code b2}, {@code rc3}.
 *
 * @param kind alpha, beta or release candidate (spellings such as {@code c} or {@code preview} are
 *     already folded into {@link Kind#RC})
 * @param number the pre-release number, 0 when the version omitted it
 */
public record PreRelease(Kind kind, long number) implements Comparable<PreRelease> {

  /** Pre-release kinds in their PEP 440 order. */
  public enum Kind {
    ALPHA("a"),
    BETA("b"),
    RC("rc");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The normal-form spelling: {@code a}, {@code b} or {@code rc}. */
    public String label() {
      return label;
    }
  }

  @Override
  public int compareTo(PreRelease other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : Long.compare(number, other.number);
  }

  @Override
  public String toString() {
    return kind.label() + number;
  }
}
