package dev.bulwark.secrets;

import java.util.List;

/**
 * What a finder reports before it becomes a {@link SecretFinding}: where the secret is, the secret
 * itself (kept only inside this package, to hash it), and every span to hide when a line is shown.
 *
 * @param at where the finding points: the secret, or the first line of a multi-line one
 * @param secret the secret text
 * @param spans all the characters that hold the secret, {@code at} first
 */
record Hit(Span at, String secret, List<Span> spans) {
  Hit(Span at, String secret) {
    this(at, secret, List.of(at));
  }

  @Override
  public String toString() {
    return "Hit[" + at + ", " + Masking.mask(secret) + "]";
  }
}
